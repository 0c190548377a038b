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
