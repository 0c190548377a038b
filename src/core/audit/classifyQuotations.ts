// Every quotation of a draft, in quotation marks or as a block, classified
// against the library: verified, altered, wrong speaker, wrong source, not in
// any source, or a term. The matching is the writing checks' own
// (examineQuotation); this adds block quotes, short quotations, terms and
// citations.
import { quoteIndexOf } from '../checks/checkDraft';
import { alignQuote } from '../checks/quoteAlignment';
import { MIN_QUOTE_WORDS, QuoteIndex } from '../checks/quoteIndex';
import { checkAttribution, examineQuotation, MisattributionFinding, MisquoteFinding, QuoteDifference, TextSpan } from '../checks/quoteIntegrity';
import { findQuotedPassages, QuotedPassage, sentenceAround } from '../checks/quotedPassages';
import { QuoteToken, quoteTokens, wordCount } from '../checks/quoteTokens';
import { Library, LibraryQuote } from '../library';
import { findBlockQuotes } from './blockQuotes';
import { ArticleKeys, articleKeysOf, citationIn } from './citations';
import { AuditedQuotation, CitationRef, QuotationStatus, SourceRef } from './model';

/** Speech quotes too short for the quote index, and every term, by their folded words. */
class ShortQuotes {
  readonly speech = new Map<string, LibraryQuote[]>();
  readonly terms = new Map<string, LibraryQuote[]>();

  constructor(quotes: readonly LibraryQuote[]) {
    for (const entry of quotes) {
      const tokens = quoteTokens(entry.quote.text);
      if (entry.quote.kind === 'term') push(this.terms, wordsKey(tokens), entry);
      else if (wordCount(tokens) < MIN_QUOTE_WORDS) push(this.speech, wordsKey(tokens), entry);
    }
  }
}

const shortByLibrary = new WeakMap<Library, ShortQuotes>();

function shortQuotesOf(library: Library): ShortQuotes {
  let found = shortByLibrary.get(library);
  if (!found) shortByLibrary.set(library, (found = new ShortQuotes(library.quotes)));
  return found;
}

interface Quotation {
  passage: QuotedPassage;
  block: boolean;
  /** Where its attribution is, when not its own sentence. */
  context?: TextSpan;
  /** Where its citation may be. */
  citationFrom: number;
  citationTo: number;
}

export function auditQuotations(text: string, library: Library): AuditedQuotation[] {
  const marked = findQuotedPassages(text);
  const keys = articleKeysOf(library);
  const quotations: Quotation[] = [];
  for (const passage of marked) {
    if (keys.isTitle(text.slice(passage.start, passage.end))) continue; // a headline in a reference
    const sentence = sentenceAround(text, passage, marked);
    // A footnote mark follows the sentence's period: “…,” Petro said.[^id]
    const footnote = /^\s?\[\^[^\]\s]+\]/.exec(text.slice(sentence.end, sentence.end + 120));
    quotations.push({ passage, block: false, citationFrom: passage.close, citationTo: sentence.end + (footnote?.[0].length ?? 0) });
  }
  for (const block of findBlockQuotes(text)) {
    if (marked.some((p) => p.open >= block.open && p.close <= block.close)) continue; // its quotations are audited one by one
    const nextLineEnd = text.indexOf('\n', block.close + 1);
    quotations.push({
      passage: block,
      block: true,
      context: { start: block.leadIn.start, end: block.close },
      citationFrom: block.leadIn.start,
      citationTo: nextLineEnd < 0 ? text.length : nextLineEnd,
    });
  }
  quotations.sort((a, b) => a.passage.start - b.passage.start);
  const index = quoteIndexOf(library);
  const short = shortQuotesOf(library);
  const rows: AuditedQuotation[] = [];
  for (const quotation of quotations) {
    const row = classify(text, quotation, marked, library, index, short, keys);
    if (row) rows.push(row);
  }
  return rows;
}

function classify(
  text: string, quotation: Quotation, marked: readonly QuotedPassage[], library: Library, index: QuoteIndex, short: ShortQuotes, keys: ArticleKeys,
): AuditedQuotation | undefined {
  const { passage, block } = quotation;
  const tokens = quoteTokens(text, passage.start, passage.end);
  const count = wordCount(tokens);
  if (count === 0) return undefined;
  const masked = block ? [...marked, passage] : marked;
  let exact: LibraryQuote[] = [];
  let misquote: MisquoteFinding | undefined;
  let misattribution: MisattributionFinding | undefined;
  if (count >= MIN_QUOTE_WORDS) {
    const examined = examineQuotation(text, passage, masked, library, index, quotation.context);
    exact = examined?.exact ?? [];
    misquote = examined?.misquote;
    misattribution = examined?.misattribution;
  } else if (!short.terms.has(wordsKey(tokens))) { // the dossier says these words are a term
    exact = shortMatches(tokens, index, short);
    misattribution = exact.length ? checkAttribution(text, passage, masked, library, exact, quotation.context) : undefined;
  }
  const citation = citationIn(text, quotation.citationFrom, quotation.citationTo, keys);
  const base = { start: passage.start, end: passage.end, block, words: text.slice(passage.start, passage.end).trim(), wordCount: count, citation };
  const matched = exact.length ? exact : misquote ? [misquote.quote] : [];

  if (!matched.length) {
    const term = short.terms.get(wordsKey(tokens))?.[0];
    if (citation?.articleId && !(term && term.dossier.dossier.article.id === citation.articleId)) {
      return { ...base, status: 'wrong-source', source: term && sourceRef(term), message: `Wrong source: cited to "${citation.articleId}", which does not hold these words.` };
    }
    if (term) return { ...base, status: 'term', source: sourceRef(term), message: `Term: a word in quotation marks of "${term.dossier.dossier.article.id}", no one's speech.` };
    if (count < MIN_QUOTE_WORDS) return { ...base, status: 'term', message: 'Term: words in quotation marks that no source quote holds.' };
    return { ...base, status: 'unsourced', message: citation ? `Not in any source: cited to ${citation.written}, which no dossier holds.` : 'Not in any source: no dossier holds these words.' };
  }

  // The cited article's quote when the words are in several.
  const cited = citation?.articleId ? matched.find((q) => q.dossier.dossier.article.id === citation.articleId) : undefined;
  const source = cited ?? matched[0];
  const wrong: QuotationStatus[] = [];
  if (misquote) wrong.push('altered');
  if (misattribution) wrong.push('wrong-speaker');
  if (citation && !cited) wrong.push('wrong-source');
  const status = wrong[0] ?? 'verified';
  const row: AuditedQuotation = { ...base, status, source: sourceRef(source), message: '' };
  if (misquote) {
    row.differences = misquote.differences;
    row.fix = misquote.fix;
  }
  if (misattribution) row.namedInstead = misattribution.named.map((a) => a.name);
  if (wrong.length > 1) row.alsoWrong = wrong.slice(1);
  row.message = [status, ...(row.alsoWrong ?? [])].map((s) => describe(s, row, citation, source)).join(' ');
  return row;
}

/** A quotation of one to three words: a whole short source quote, or (two words or more) a stretch of a longer one. */
function shortMatches(tokens: readonly QuoteToken[], index: QuoteIndex, short: ShortQuotes): LibraryQuote[] {
  const whole = short.speech.get(wordsKey(tokens)) ?? [];
  if (wordCount(tokens) < 2) return whole;
  const within = index.candidates(tokens).filter((c) => alignQuote(tokens, c.tokens).differences.length === 0).map((c) => c.entry);
  return [...whole, ...within];
}

function describe(status: QuotationStatus, row: AuditedQuotation, citation: CitationRef | undefined, source: LibraryQuote): string {
  const speaker = source.speaker?.name ?? 'an unnamed speaker';
  const article = source.dossier.dossier.article.id;
  switch (status) {
    case 'verified':
      return `Verified: the words of ${speaker} in "${article}".`;
    case 'altered':
      return `Altered: ${(row.differences ?? []).map(describeDifference).join('; ')} (${speaker}, "${article}").`;
    case 'wrong-speaker':
      return `Wrong speaker: the draft credits ${(row.namedInstead ?? []).join(', ')}; the source credits ${speaker}.`;
    case 'wrong-source':
      return citation?.articleId
        ? `Wrong source: cited to "${citation.articleId}", but the words are in "${article}".`
        : `Wrong source: cited to ${citation?.written ?? 'an unknown article'}, which no dossier holds; the words are in "${article}".`;
    default:
      return '';
  }
}

export function describeDifference(d: QuoteDifference): string {
  if (d.kind === 'changed') return `"${d.written}" where the source has "${d.source}"`;
  if (d.kind === 'added') return `"${d.written}" added`;
  return `"${d.source}" left out${d.before ? ` after "${d.before}"` : ''}`;
}

function sourceRef(entry: LibraryQuote): SourceRef {
  const { article } = entry.dossier.dossier;
  return {
    quoteKey: entry.key,
    quoteId: entry.quote.id,
    articleId: article.id,
    articleTitle: article.title,
    dossierSource: entry.dossier.source,
    speakerKey: entry.speaker?.key,
    speakerName: entry.speaker?.name,
    text: entry.quote.text,
  };
}

function wordsKey(tokens: readonly QuoteToken[]): string {
  return tokens.filter((t) => t.kind === 'word').map((t) => t.folded).join(' ');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
