// Dragging quotes from the Quotes tree into an editor inserts them cited.
// The tree's drag controller puts the dragged quote keys under QUOTES_TREE_MIME
// (VS Code's MIME type for drags from the view `sourcebook.quotes`); this drop
// provider turns them into the same text the insert command writes.
import * as vscode from 'vscode';
import { LibraryQuote } from '../../core/library';
import { DossierLibrary } from '../library/dossierLibrary';
import { dropEditFor } from './editorInsertion';
import { QuoteCiter, warnAboutDroppedUrls } from './quoteCiter';

export const QUOTES_TREE_MIME = 'application/vnd.code.tree.sourcebook.quotes';
const DROP_KIND = vscode.DocumentDropOrPasteEditKind.Empty.append('text', 'sourcebook', 'citedQuote');

/** What a drag carries: the library keys of the quotes ("article-id/quote-id"), one a line. */
export function quoteDragData(quoteKeys: readonly string[]): vscode.DataTransferItem {
  return new vscode.DataTransferItem(quoteKeys.join('\n'));
}

export class QuoteDropEditProvider implements vscode.DocumentDropEditProvider {
  static readonly dropMimeTypes = [QUOTES_TREE_MIME];
  static readonly providedDropEditKinds = [DROP_KIND];

  constructor(
    private readonly library: DossierLibrary,
    private readonly citer: QuoteCiter,
  ) {}

  async provideDocumentDropEdits(document: vscode.TextDocument, position: vscode.Position, dataTransfer: vscode.DataTransfer): Promise<vscode.DocumentDropEdit | undefined> {
    const data = await dataTransfer.get(QUOTES_TREE_MIME)?.asString();
    const entries = quotesForKeys(this.library, data ?? '');
    if (entries.length === 0) return undefined;
    const cited = await this.citer.cite(entries, document);
    warnAboutDroppedUrls(cited);
    const title = entries.length === 1 ? vscode.l10n.t('Insert cited quote') : vscode.l10n.t('Insert {0} cited quotes', entries.length);
    return dropEditFor(document, position, cited, title, DROP_KIND);
  }
}

/** The quotes a drag names, in order; keys no longer in the library are skipped. */
export function quotesForKeys(library: DossierLibrary, data: string): LibraryQuote[] {
  const keys = data.split('\n').map((key) => key.trim()).filter(Boolean);
  return keys.map((key) => library.current.quote(key)).filter((q): q is LibraryQuote => !!q);
}
