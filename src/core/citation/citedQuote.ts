// A quote as it goes into a draft: the exact words, the attribution and the
// citation, in one of the registered citation styles (styles.ts). The result keeps the verb and the
// speaker as separate fields so the editor can offer them as tab stops.
import { Article } from '../model';
import { attributionFor } from './attribution';
import { citationKey } from './cslItem';
import { fieldEscaper, isPlainHttpUrl } from './draftEscape';
import { beforeAttribution, nestInnerQuotes, nestInnerQuotesLatex, withoutClosingMark } from './punctuation';
import { escapeLatex, ReferenceFormatter } from './references';
import { CitationStyle, citationStyleSpec, CslStyleId, TextFlavor } from './styles';

export interface QuoteToCite {
  /** The quoted words exactly as the article has them. */
  words: string;
  /** The speaker's name as the dossier spells it; absent for an unattributed quote. */
  speaker?: string;
  /** The dossier's attribution ("told reporters"). */
  attribution?: string;
  article: Article;
  /** The paragraph of the article the quote is in, when its passage was found. */
  paragraph?: number;
}

export interface CitationOptions {
  style: CitationStyle;
  /** The bibliographic style of references and in-text citations. */
  csl: CslStyleId;
  /** How the target document writes markup. */
  flavor: TextFlavor;
  references: ReferenceFormatter;
}

/** Text, or a field the writer may want to change (a snippet placeholder). */
export type Segment = string | { field: 'verb' | 'speaker' | 'unattributed'; text: string };

export interface Footnote {
  label: string;
  /** The whole definition line: `[^label]: reference`. */
  definition: string;
}

export interface CitedQuote {
  segments: Segment[];
  /** The Markdown footnotes the document must define, once each. */
  footnotes: Footnote[];
  /** Article URLs left out of the citation because they are not plain http(s) URLs (the writer is warned). */
  droppedUrls?: string[];
}

export function citeQuote(toCite: QuoteToCite, options: CitationOptions): CitedQuote {
  // A URL that is not plain http(s) could close the link it is written in: it stays out.
  const url = toCite.article.url;
  const droppedUrls = url !== undefined && !isPlainHttpUrl(url) ? [url] : [];
  const quote = droppedUrls.length ? { ...toCite, article: { ...toCite.article, url: undefined } } : toCite;
  const key = citationKey(quote.article);
  const spec = citationStyleSpec(options.style);
  const latex = spec.latex === true;
  // Every field is written as text in the document's language (Markdown, LaTeX, plain).
  const escape = latex ? escapeLatex : fieldEscaper(options.flavor, escapeLatex);
  const open = latex ? '\\enquote{' : '“';
  const close = latex ? '}' : '”';
  const nest = (text: string) => (latex ? nestInnerQuotesLatex(escape(text)) : escape(nestInnerQuotes(text)));

  const segments: Segment[] = [];
  if (quote.speaker === undefined) {
    segments.push(`${open}${nest(withoutClosingMark(quote.words))}${close} `, { field: 'unattributed', text: '(unattributed)' });
  } else {
    const { verb, speakerFirst } = attributionFor(quote.attribution);
    const speaker = { field: 'speaker' as const, text: escape(quote.speaker) };
    segments.push(`${open}${nest(beforeAttribution(quote.words))}${close} `);
    segments.push(...(speakerFirst ? [speaker, ' ', { field: 'verb' as const, text: escape(verb) }] : [{ field: 'verb' as const, text: escape(verb) }, ' ', speaker]));
  }
  segments.push(spec.ending({
    key,
    paragraph: quote.paragraph,
    inTextCitation: () => options.references.inTextCitation(quote.article, options.csl, options.flavor),
  }));

  const footnotes = spec.footnote
    ? [{ label: key, definition: `[^${key}]: ${options.references.reference(quote.article, options.csl, options.flavor)}` }]
    : [];
  return droppedUrls.length ? { segments, footnotes, droppedUrls } : { segments, footnotes };
}

/** Several cited quotes one after the other (a drop of several), each footnote once. */
export function joinCited(quotes: readonly CitedQuote[]): CitedQuote {
  const segments = quotes.flatMap((quote, i) => (i === 0 ? quote.segments : [' ', ...quote.segments]));
  const footnotes = quotes.flatMap((quote) => quote.footnotes).filter((f, i, all) => all.findIndex((g) => g.label === f.label) === i);
  const droppedUrls = [...new Set(quotes.flatMap((quote) => quote.droppedUrls ?? []))];
  return droppedUrls.length ? { segments, footnotes, droppedUrls } : { segments, footnotes };
}

/** The cited quote as plain text (placeholders at their default values). */
export function citedText(cited: CitedQuote): string {
  return cited.segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}
