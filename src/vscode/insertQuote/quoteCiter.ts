// Library quotes cited for one document, in the style its settings ask for.
import * as vscode from 'vscode';
import { citeQuote, CitedQuote, joinCited } from '../../core/citation/citedQuote';
import { quoteToCite } from '../../core/citation/fromLibrary';
import { citationStyleSpec } from '../../core/citation/styles';
import { inertText } from '../../core/display/inertText';
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
    if (citationStyleSpec(style).usesReferences) {
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

/** Says which article URLs were left out of a citation (not plain http(s)); returns the message, if any. */
export function warnAboutDroppedUrls(cited: CitedQuote): string | undefined {
  if (!cited.droppedUrls?.length) return undefined;
  const message = vscode.l10n.t('The article URL {0} was left out of the citation: only plain http(s) URLs are cited.', inertText(JSON.stringify(cited.droppedUrls[0])));
  void vscode.window.showWarningMessage(message);
  return message;
}
