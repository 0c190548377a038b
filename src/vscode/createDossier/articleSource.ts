// What Create Dossier reads: the document's text as the core reads it — a
// saved page's body and metadata, Markdown front matter, a plain-text header —
// and, for a page, where its body text goes beside the dossier: NAME.txt, or
// NAME-2.txt and so on when that name is taken by a different file.
import * as vscode from 'vscode';
import { ArticleReading, articleTextFileFor, readArticle } from '../../core/article';
import { decodeText, exists } from '../library/files';

export function readDocumentArticle(document: vscode.TextDocument): ArticleReading | { problem: string } {
  return readArticle(baseName(document.uri), document.getText());
}

/** Where the page's body text is written; `write` false when the same text is there already. */
export async function bodyTextTarget(page: vscode.Uri, text: string): Promise<{ uri: vscode.Uri; write: boolean }> {
  const wanted = articleTextFileFor(baseName(page));
  for (let n = 1; n < 100; n++) {
    const name = n === 1 ? wanted : wanted.replace(/\.txt$/, `-${n}.txt`);
    const uri = vscode.Uri.joinPath(page, '..', name);
    if (!(await exists(uri))) return { uri, write: true };
    if (decodeText(await vscode.workspace.fs.readFile(uri)) === text) return { uri, write: false };
  }
  throw new Error(vscode.l10n.t('No free name for the article text beside {0}.', baseName(page)));
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
