// Which dossier a review command works on: the one named by its argument, the
// one whose article is in the active editor (the article view or the article
// file itself), or one the writer picks; and the selected words with their anchor.
import * as vscode from 'vscode';
import { createAnchor } from '../../core/anchor';
import { LoadedDossier } from '../../core/library';
import { Anchor } from '../../core/model';
import { ARTICLE_SCHEME } from '../article/articleDocuments';
import { DossierLibrary } from '../library/dossierLibrary';
import { inertText } from '../../core/display/inertText';

export interface ArticleSelection {
  dossier: LoadedDossier;
  /** The selected words, without surrounding spaces and quotation marks. */
  words: string;
  anchor: Anchor;
}

const QUOTE_MARKS = '“”"«»‘’„';

/** The dossier of the article shown in `editor`, if it shows one. */
export function dossierOfEditor(library: DossierLibrary, editor: vscode.TextEditor | undefined): LoadedDossier | undefined {
  if (!editor) return undefined;
  const uri = editor.document.uri;
  const dossiers = library.current.dossiers;
  if (uri.scheme === ARTICLE_SCHEME) return dossiers.find((d) => d.source === uri.query);
  return dossiers.find((d) => d.articleSource === uri.toString()) ?? dossiers.find((d) => d.source === uri.toString());
}

/** The active editor's selection in an article, or a message saying why there is none. */
export function articleSelection(library: DossierLibrary): ArticleSelection | undefined {
  const editor = vscode.window.activeTextEditor;
  const dossier = dossierOfEditor(library, editor);
  if (!editor || !dossier || dossier.source === editor.document.uri.toString()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Select words in an article first: open it with Reveal in Article, or open the article file of a dossier.'));
    return undefined;
  }
  const text = editor.document.getText();
  let start = editor.document.offsetAt(editor.selection.start);
  let end = editor.document.offsetAt(editor.selection.end);
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (start < end && QUOTE_MARKS.includes(text.charAt(start)) && QUOTE_MARKS.includes(text.charAt(end - 1)) && end - start > 2) {
    start++;
    end--;
  }
  if (start >= end) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The selection is empty: select the words in the article first.'));
    return undefined;
  }
  const { exact, prefix, suffix } = createAnchor(text, start, end);
  return { dossier, words: exact, anchor: { exact, prefix, suffix } };
}

/**
 * The dossier with this article id (a user's before the bundled sample), the
 * active editor's, or one picked among the editable ones.
 */
export async function chooseDossier(library: DossierLibrary, articleId?: string, dossierSource?: string): Promise<LoadedDossier | undefined> {
  const dossiers = library.current.dossiers;
  if (dossierSource) {
    const found = dossiers.find((d) => d.source === dossierSource);
    if (found) return found;
  }
  if (articleId !== undefined) {
    const found = dossiers.filter((d) => d.dossier.article.id === articleId).sort((a, b) => Number(!!a.isSample) - Number(!!b.isSample))[0];
    if (!found) void vscode.window.showWarningMessage(vscode.l10n.t('No dossier in the library has the article id "{0}".', inertText(articleId)));
    return found;
  }
  const active = dossierOfEditor(library, vscode.window.activeTextEditor);
  if (active) return active;
  const editable = dossiers.filter((d) => !d.isSample);
  if (editable.length <= 1) return editable[0] ?? dossiers[0];
  const picked = await vscode.window.showQuickPick(
    editable.map((d) => ({ label: inertText(d.dossier.article.title ?? d.dossier.article.id), description: vscode.workspace.asRelativePath(vscode.Uri.parse(d.source)), dossier: d })),
    { title: vscode.l10n.t('Which dossier?') },
  );
  return picked?.dossier;
}
