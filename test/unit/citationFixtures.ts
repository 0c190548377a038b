// Shared by the citation unit tests: the bundled CSL files read from data/csl,
// and the sample's quotes ready to cite.
import { citeQuote, citedText } from '../../src/core/citation/citedQuote';
import { CitationStyle } from '../../src/core/citation/styles';
import { quoteToCite } from '../../src/core/citation/fromLibrary';
import { CslSources, ReferenceFormatter } from '../../src/core/citation/references';
import { CSL_FILES, CslStyleId, TextFlavor } from '../../src/core/citation/styles';
import { readRepoFile, sampleLibrary } from './helpers';

export const bundledCsl: CslSources = {
  style: (id) => readRepoFile('data', 'csl', CSL_FILES.style(id)),
  locale: () => readRepoFile('data', 'csl', CSL_FILES.locale),
};

export const references = new ReferenceFormatter(bundledCsl);
export const library = sampleLibrary();

export function sampleQuote(id: string) {
  const entry = library.findQuote(id, 'caracas-bogota-2022');
  if (!entry) throw new Error(`no quote ${id} in the sample`);
  return quoteToCite(library, entry);
}

/** A sample quote cited as the extension would insert it (default values in the placeholders). */
export function cite(id: string, style: CitationStyle, csl: CslStyleId = 'apa', flavor: TextFlavor = 'markdown') {
  const cited = citeQuote(sampleQuote(id), { style, csl, flavor, references });
  return { text: citedText(cited), footnote: cited.footnotes[0]?.definition };
}
