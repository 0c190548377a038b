// The extension's use of the core loading path: files through
// vscode.workspace.fs, words through vscode.l10n, articles only within the
// dossier's workspace folder, and an open dossier's unsaved text in place of
// its file.
import * as vscode from 'vscode';
import { resolveArticlePath } from '../../core/dossier/articlePath';
import { ArticlePlace, DossierLoad, loadDossierFile, loadDossierText, LoadOptions } from '../../core/load/loadDossier';
import { exists, workspaceFiles } from './files';
import { localizedMessages } from './loadMessages';

/** One dossier as the library holds it. */
export interface DossierEntry extends DossierLoad {
  uri: vscode.Uri;
}

export function workspaceLoadOptions(maxBytes: number): LoadOptions {
  return { port: workspaceFiles, messages: localizedMessages, maxBytes, placeArticle };
}

/** Relative to the dossier, and within its workspace folder (one rule with the CLI). */
function placeArticle(dossierLocation: string, named: string): ArticlePlace {
  const uri = vscode.Uri.parse(dossierLocation);
  const root = (vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..')).path;
  const where = resolveArticlePath(uri.path, named, root);
  return 'path' in where ? { location: uri.with({ path: where.path }).toString() } : { refused: localizedMessages('articleOutsideFolder', named) };
}

/** Reads and checks one dossier; undefined when the file is gone. */
export async function readDossier(uri: vscode.Uri, maxBytes: number): Promise<DossierEntry | undefined> {
  const options = workspaceLoadOptions(maxBytes);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  // An open dossier's text wins, unless it is clean and its file was deleted:
  // the editor keeps showing it, but the library lets it go.
  if (open && (open.isDirty || open.isUntitled || (await exists(uri)))) {
    return { uri, ...(await loadDossierText(uri.toString(), open.getText(), options)) };
  }
  const load = await loadDossierFile(uri.toString(), options);
  return load && { uri, ...load };
}
