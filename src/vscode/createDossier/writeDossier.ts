// Writing a dossier file atomically through vscode.workspace.fs (so it works
// on remote and virtual file systems too): the text goes to a temporary name
// beside the target, then is renamed onto it. Nothing is left behind when
// the write fails or the user cancels before the rename.
import * as vscode from 'vscode';

import { isNotFound } from '../library/files';
import { log } from '../library/log';

export { exists } from '../library/files';

export async function writeAtomically(target: vscode.Uri, content: string, overwrite: boolean, token?: vscode.CancellationToken): Promise<boolean> {
  const temporary = target.with({ path: `${target.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
    if (token?.isCancellationRequested) return false;
    await vscode.workspace.fs.rename(temporary, target, { overwrite });
    return true;
  } finally {
    await removeIfPresent(temporary);
  }
}

async function removeIfPresent(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { useTrash: false });
  } catch (error) {
    // Already renamed onto the target, or never written: nothing to remove.
    if (!isNotFound(error)) log.warn(`Could not remove the temporary file ${uri.toString()}: ${(error as Error).message}`);
  }
}

/** `article.txt` → `article.dossier.yaml` in the same folder. */
export function dossierUriFor(article: vscode.Uri): vscode.Uri {
  const base = article.path.slice(article.path.lastIndexOf('/') + 1);
  const name = base.replace(/\.(txt|text|md|markdown|html?)$/i, '') || base;
  return vscode.Uri.joinPath(article, '..', `${name}.dossier.yaml`);
}
