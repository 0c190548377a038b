// `sourcebook.revealInArticle`: opens the article of a quote, event or actor,
// read-only, with the passage selected and scrolled into view.
import * as vscode from 'vscode';
import { passageFor, RevealTarget } from '../../core/views/passage';
import { DossierLibrary } from '../library/dossierLibrary';
import { ArticleDocuments } from './articleDocuments';

export interface RevealOptions {
  /** Keep the focus where it is (in the tree, while browsing). */
  preserveFocus?: boolean;
}

export async function revealInArticle(
  library: DossierLibrary,
  articles: ArticleDocuments,
  target: RevealTarget | undefined,
  options: RevealOptions = {},
): Promise<vscode.TextEditor | undefined> {
  const request = target && passageFor(library.current, target);
  if (!request) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select an actor, event or quote in the Sourcebook sidebar to reveal its passage in the article.'));
    return undefined;
  }
  const doc = await articles.open(request.dossier);
  const found = request.find(doc.getText());
  const selection = found && new vscode.Selection(doc.positionAt(found.start), doc.positionAt(found.end));
  const editor = await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: options.preserveFocus === true, selection });
  if (selection) {
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  } else if (request.what !== 'article') {
    void vscode.window.showWarningMessage(notFoundMessage(request.what));
  }
  return editor;
}

function notFoundMessage(what: 'quote' | 'event' | 'actor'): string {
  switch (what) {
    case 'quote':
      return vscode.l10n.t('The words of this quote are no longer in the article; it was opened without a selection.');
    case 'event':
      return vscode.l10n.t('This event has no passage in the article (or its words are gone); the article was opened without a selection.');
    case 'actor':
      return vscode.l10n.t('This actor is not named in the article text.');
  }
}
