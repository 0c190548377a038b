// The article's CSL-JSON entry for Pandoc: copied to the clipboard, or added
// to a bibliography file (the one `sourcebook.citation.bibliography` names,
// or one the user picks), replacing an older entry with the same id.
import * as vscode from 'vscode';
import { cslItemFor, CslItem } from '../../core/citation/cslItem';
import { Article } from '../../core/model';
import { inertText } from '../../core/display/inertText';
import { decodeText, readRegularFile } from '../library/files';
import { log } from '../library/log';

/** A bibliography is read whole before an entry is added: past this size it is refused. */
const MAX_BIBLIOGRAPHY_BYTES = 50 * 1024 * 1024;

export async function copyCslJson(article: Article): Promise<string> {
  const json = JSON.stringify([cslItemFor(article)], null, 2);
  await vscode.env.clipboard.writeText(json);
  return vscode.l10n.t('Copied the CSL-JSON entry of “{0}”.', inertText(article.title ?? article.id));
}

/** The bibliography file a setting names, relative to the document's workspace folder. */
export function configuredBibliography(setting: string, document: vscode.TextDocument): vscode.Uri | undefined {
  if (!setting) return undefined;
  if (setting.startsWith('/')) return document.uri.with({ path: setting });
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, setting) : undefined;
}

export async function askForBibliography(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Bibliography file (CSL-JSON)'),
    defaultUri: folder && vscode.Uri.joinPath(folder.uri, 'references.json'),
    filters: { [vscode.l10n.t('CSL-JSON')]: ['json'] },
    saveLabel: vscode.l10n.t('Add to Bibliography'),
  });
}

/** Adds or updates the article's entry; throws with a readable message when the file is not a CSL-JSON array. */
export async function addToBibliography(article: Article, file: vscode.Uri): Promise<string> {
  const item = cslItemFor(article);
  const items = await readItems(file);
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index >= 0) items[index] = item;
  else items.push(item);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(items, null, 2) + '\n'));
  return vscode.l10n.t('“{0}” is in {1} as @{2}.', inertText(article.title ?? article.id), inertText(vscode.workspace.asRelativePath(file)), inertText(item.id));
}

async function readItems(file: vscode.Uri): Promise<CslItem[]> {
  const read = await readRegularFile(file, MAX_BIBLIOGRAPHY_BYTES);
  if ('fault' in read) {
    if (read.fault === 'missing') return []; // a new file
    throw new Error(vscode.l10n.t('{0} is not a regular file of at most {1} MB; it was left unchanged.', inertText(vscode.workspace.asRelativePath(file)), MAX_BIBLIOGRAPHY_BYTES / (1024 * 1024)));
  }
  const text = decodeText(read.bytes);
  if (!text.trim()) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    log.warn(`${file.toString()}: not JSON: ${(error as Error).message}`);
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) throw new Error(vscode.l10n.t('{0} is not a CSL-JSON array; it was left unchanged.', inertText(vscode.workspace.asRelativePath(file))));
  return parsed as CslItem[];
}
