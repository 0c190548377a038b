// "Fill In Citation Details…" (sourcebook.fillCitationDetails): a dossier
// whose citation lacks a title or an outlet is marked in the sidebar (a
// warning action on the Actors and Quotes views, shown while any dossier
// lacks them); the action asks for title, outlet, URL and date, prefilled,
// and edits only those lines of the YAML, as one undoable WorkspaceEdit.
//
// Argument (optional): a dossier Uri, or { uri, values } to set values without asking (tests, links).
import * as vscode from 'vscode';
import { articleFieldEdits, citationIncomplete, EditableField } from '../../core/dossier/articleEdit';
import { Library, LoadedDossier } from '../../core/library';
import { askArticleDetails } from '../createDossier/articleDetails';
import { DossierLibrary } from '../library/dossierLibrary';

const INCOMPLETE_KEY = 'sourcebook.citationsIncomplete';

interface FillArgs {
  uri?: vscode.Uri | string;
  values?: Partial<Record<EditableField, string>>;
}

export function registerCitationDetails(context: vscode.ExtensionContext, library: DossierLibrary): void {
  const update = (current: Library) => vscode.commands.executeCommand('setContext', INCOMPLETE_KEY, incomplete(current).length > 0);
  void library.ready.then(() => update(library.current));
  context.subscriptions.push(
    library.onDidChange(update),
    vscode.commands.registerCommand('sourcebook.fillCitationDetails', (arg?: vscode.Uri | FillArgs) =>
      fillCitationDetails(library, arg instanceof vscode.Uri ? { uri: arg } : arg ?? {})),
  );
}

function incomplete(library: Library): LoadedDossier[] {
  return library.dossiers.filter((d) => !d.isSample && citationIncomplete(d.dossier.article));
}

/** True when the dossier was edited. */
async function fillCitationDetails(library: DossierLibrary, args: FillArgs): Promise<boolean> {
  const target = args.uri ? (typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri) : await pickDossier(library.current);
  if (!target) return false;
  const loaded = library.current.dossiers.find((d) => d.source === target.toString());
  const article = loaded?.dossier.article;
  const values = args.values ?? (await askArticleDetails({ title: article?.title, outlet: article?.outlet, url: article?.url, published: article?.published }));
  const changed: Partial<Record<EditableField, string>> = {};
  for (const key of ['title', 'outlet', 'url', 'published'] as const) if (values[key] && values[key] !== article?.[key]) changed[key] = values[key];
  if (Object.keys(changed).length === 0) return false;
  const document = await vscode.workspace.openTextDocument(target);
  const edits = articleFieldEdits(document.getText(), changed);
  if (!Array.isArray(edits)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot fill in {0}: {1}', target.path.slice(target.path.lastIndexOf('/') + 1), edits.problem));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(target, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  return document.save();
}

async function pickDossier(library: Library): Promise<vscode.Uri | undefined> {
  const candidates = incomplete(library);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every dossier\'s citation has a title and an outlet.'));
    return undefined;
  }
  if (candidates.length === 1) return vscode.Uri.parse(candidates[0].source);
  const items = candidates.map((d) => ({
    label: d.dossier.article.title ?? d.dossier.article.id,
    description: !d.dossier.article.title ? vscode.l10n.t('no title') : vscode.l10n.t('no outlet'),
    detail: vscode.Uri.parse(d.source).path,
    source: d.source,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Which dossier\'s citation details?') });
  return picked ? vscode.Uri.parse(picked.source) : undefined;
}
