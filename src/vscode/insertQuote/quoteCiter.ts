// Library quotes cited for one document, in the style its settings ask for.
import * as vscode from 'vscode';
import { citeQuote, CitedQuote, joinCited } from '../../core/citation/citedQuote';
import { quoteToCite } from '../../core/citation/fromLibrary';
import { LibraryQuote } from '../../core/library';
import { DossierLibrary } from '../library/dossierLibrary';
import { BundledReferences } from './bundledCsl';
import { citationSettings } from './citationSettings';

export class QuoteCiter {
  constructor(
    private readonly library: DossierLibrary,
    private readonly references: BundledReferences,
  ) {}

  /** Gets the document's reference style ready while the writer is still choosing a quote. */
  prepare(document: vscode.TextDocument): void {
    const { style, csl } = citationSettings(document);
    if (style === 'markdown-footnote' || style === 'inline') {
      this.references.get().then((references) => references.prepare(csl), () => undefined);
    }
  }

  async cite(entries: readonly LibraryQuote[], document: vscode.TextDocument): Promise<CitedQuote> {
    const settings = citationSettings(document);
    const references = await this.references.get();
    const current = this.library.current;
    return joinCited(entries.map((entry) => citeQuote(quoteToCite(current, entry), { ...settings, references })));
  }
}
