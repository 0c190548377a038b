// Reading files through vscode.workspace.fs (local, remote and virtual alike).
import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');

/** Bytes to text: UTF-8, without a byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export type FileRead = { bytes: Uint8Array } | { fault: 'missing' | 'not-a-file' | 'too-large'; size?: number };

/**
 * A regular file's bytes, read only when it is one (not a folder, a device or
 * a link to one, whose reading would never end) and not over `maxBytes`.
 */
export async function readRegularFile(uri: vscode.Uri, maxBytes: number): Promise<FileRead> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return { fault: 'missing' };
  }
  if (!(stat.type & vscode.FileType.File)) return { fault: 'not-a-file' };
  if (stat.size > maxBytes) return { fault: 'too-large', size: stat.size };
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { fault: 'missing' };
  }
  return bytes.length > maxBytes ? { fault: 'too-large', size: bytes.length } : { bytes };
}
