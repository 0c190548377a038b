// Reading files through vscode.workspace.fs (local, remote and virtual alike,
// and in the browser): the extension's port to the core's one reading rule
// (src/core/load/files.ts).
import * as vscode from 'vscode';
import { FileRead, FilePort, readRegularFile as readRegular } from '../../core/load/files';
import { log } from './log';

const decoder = new TextDecoder('utf-8');

/** Bytes to text: UTF-8, without a byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Whether the error says the file is not there (rather than that it could not be read). */
export function isNotFound(error: unknown): boolean {
  if (error instanceof vscode.FileSystemError) return error.code === 'FileNotFound' || error.code === 'EntryNotFound';
  return /ENOENT|ENOTDIR|FileNotFound|EntryNotFound/.test(String((error as Error)?.message ?? error));
}

export const workspaceFiles: FilePort = {
  async stat(location) {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(location));
      return { isFile: (stat.type & vscode.FileType.File) !== 0, size: stat.size, mtime: stat.mtime };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  },
  // vscode.workspace.fs reads whole files: the stat's size check comes first.
  read: (location) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(location))),
};

/** Whether something is at `uri` (when the stat fails for another reason, it is there but unreadable). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await workspaceFiles.stat(uri.toString())) !== undefined;
  } catch (error) {
    log.warn(`Cannot tell whether ${uri.toString()} exists: ${(error as Error)?.message ?? error}`);
    return true;
  }
}

export type { FileRead };

/** A regular file's bytes, read only when it is one and not over `maxBytes`. */
export function readRegularFile(uri: vscode.Uri, maxBytes: number): Promise<FileRead> {
  return readRegular(workspaceFiles, uri.toString(), maxBytes);
}
