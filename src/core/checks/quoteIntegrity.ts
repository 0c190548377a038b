// Quote integrity: every quotation in a draft is looked up among the library's
// speech quotes. An exact quotation passes; one that nearly matches a source
// quote is reported with its differences and the edits that restore the exact
// words; a matching quotation credited in its sentence to someone else is
// reported with the speaker the source names.
import { Library, LibraryActor, LibraryQuote } from '../library';
import { alignQuote, AlignedDifference, QuoteAlignment } from './quoteAlignment';
import { IndexedQuote, MIN_QUOTE_WORDS, QuoteIndex } from './quoteIndex';
import { findQuotedPassages, QuotedPassage, sentenceAround } from './quotedPassages';
import { QuoteToken, quoteTokens, wordCount } from './quoteTokens';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface QuoteDifference {
  kind: 'changed' | 'added' | 'omitted';
  /** The draft's words ('' when words were left out). */
  written: string;
  /** The source's words ('' when the draft added words). */
  source: string;
  /** The word just before, when it helps to see where the change is. */
  before?: string;
}

export interface MisquoteFinding {
  kind: 'misquote';
  start: number;
  end: number;
  quote: LibraryQuote;
  differences: QuoteDifference[];
  /** Edits of the draft that make the quotation the source's exact words. */
  fix: TextEdit[];
}

export interface MisattributionFinding {
  kind: 'misattribution';
  start: number;
  end: number;
  quote: LibraryQuote;
  /** Who the draft's sentence names instead. */
  named: LibraryActor[];
}

export type QuoteFinding = MisquoteFinding | MisattributionFinding;

/** Share of a quotation's words that must come from the source for it to be a near match. */
const NEAR_MATCH_SHARE = 0.7;

export function checkQuotations(text: string, library: Library, index: QuoteIndex): QuoteFinding[] {
  const findings: QuoteFinding[] = [];
  const passages = findQuotedPassages(text);
  for (const passage of passages) {
    const examined = examineQuotation(text, passage, passages, library, index);
    if (examined?.misquote) findings.push(examined.misquote);
    if (examined?.misattribution) findings.push(examined.misattribution);
  }
  return findings;
}

/** What the checks make of one quotation: its exact sources, else its nearest one, and what is wrong. */
export interface ExaminedQuotation {
  /** Source quotes with exactly these words. */
  exact: LibraryQuote[];
  /** The near source quote when none is exact. */
  misquote?: MisquoteFinding;
  misattribution?: MisattributionFinding;
}

/**
 * One quotation looked up among the library's speech quotes; undefined when
 * it is too short to check. `passages` are all the draft's quotations (their
 * words are no attribution of another's); `context` is where its attribution
 * is, when not in its own sentence (a block quote's lead-in).
 */
export function examineQuotation(
  text: string, passage: QuotedPassage, passages: readonly QuotedPassage[], library: Library, index: QuoteIndex, context?: TextSpan,
): ExaminedQuotation | undefined {
  const draft = quoteTokens(text, passage.start, passage.end);
  if (wordCount(draft) < MIN_QUOTE_WORDS) return undefined;
  const exact: LibraryQuote[] = [];
  let nearest: { source: IndexedQuote; alignment: QuoteAlignment } | undefined;
  for (const source of index.candidates(draft)) {
    const alignment = withinSource(alignQuote(draft, source.tokens), source.tokens.length);
    if (alignment.differences.length === 0) exact.push(source.entry);
    else if (isNearMatch(draft, alignment) && (!nearest || isCloser(alignment, nearest.alignment))) nearest = { source, alignment };
  }
  const matched = exact.length ? exact : nearest ? [nearest.source.entry] : [];
  const misquoted = !exact.length && nearest ? misquote(text, passage, draft, nearest.source, nearest.alignment) : undefined;
  return { exact, misquote: misquoted, misattribution: checkAttribution(text, passage, passages, library, matched, context) };
}

/**
 * Words the draft quotes before the source quote begins or after it ends are
 * beyond what the dossier recorded, not differences from it: the speaker may
 * have said them (the article split the quote around its attribution).
 */
function withinSource(alignment: QuoteAlignment, sourceLength: number): QuoteAlignment {
  const beyond = (d: AlignedDifference): boolean => d.sourceFrom === d.sourceTo && (d.sourceFrom === 0 || d.sourceTo === sourceLength);
  const differences = alignment.differences.filter((d) => !beyond(d));
  return differences.length === alignment.differences.length ? alignment : { ...alignment, differences };
}

function isNearMatch(draft: readonly QuoteToken[], alignment: QuoteAlignment): boolean {
  const { matchedWords, differences } = alignment;
  return matchedWords >= MIN_QUOTE_WORDS
    && matchedWords >= NEAR_MATCH_SHARE * wordCount(draft)
    && differences.length <= 1 + Math.floor(matchedWords / 8);
}

function isCloser(a: QuoteAlignment, b: QuoteAlignment): boolean {
  return a.differences.length < b.differences.length || (a.differences.length === b.differences.length && a.matchedWords > b.matchedWords);
}

function misquote(text: string, passage: QuotedPassage, draft: QuoteToken[], source: IndexedQuote, alignment: QuoteAlignment): MisquoteFinding {
  const sourceText = source.entry.quote.text;
  const s = source.tokens;
  const differences: QuoteDifference[] = [];
  const fix: TextEdit[] = [];
  for (const difference of alignment.differences) {
    const { draftFrom: df, draftTo: dt, sourceFrom: sf, sourceTo: st } = difference;
    const written = df < dt ? text.slice(draft[df].start, draft[dt - 1].end) : '';
    const original = sf < st ? sourceText.slice(s[sf].start, s[st - 1].end) : '';
    const previous = df > 0 && draft[df - 1].kind === 'word' ? draft[df - 1].exact : undefined;
    differences.push({ kind: !written ? 'omitted' : !original ? 'added' : 'changed', written, source: original, before: previous });
    fix.push(restoringEdit(text, draft, sourceText, s, difference));
  }
  return { kind: 'misquote', start: passage.start, end: passage.end, quote: source.entry, differences, fix };
}

/**
 * The edit that turns one differing stretch of the draft into the source's
 * words. Between two words both share, everything from one to the other is
 * replaced by the source's own text, punctuation and spacing included; at an
 * end of the quotation, only the differing words are.
 */
function restoringEdit(text: string, draft: QuoteToken[], sourceText: string, source: QuoteToken[], difference: AlignedDifference): TextEdit {
  const { draftFrom: df, draftTo: dt, sourceFrom: sf, sourceTo: st } = difference;
  if (df > 0 && dt < draft.length && sf > 0 && st < source.length) {
    return { start: draft[df - 1].end, end: draft[dt].start, newText: sourceText.slice(source[sf - 1].end, source[st].start) };
  }
  const words = sf < st ? sourceText.slice(source[sf].start, source[st - 1].end) : '';
  if (df < dt && words) return { start: draft[df].start, end: draft[dt - 1].end, newText: words };
  if (df < dt) {
    // Extra words at an end: remove them with the space that joined them.
    return dt < draft.length ? { start: draft[df].start, end: draft[dt].start, newText: '' } : { start: draft[df - 1].end, end: draft[dt - 1].end, newText: '' };
  }
  // Left-out words at an end.
  return df < draft.length ? { start: draft[df].start, end: draft[df].start, newText: `${words} ` } : { start: draft[df - 1].end, end: draft[df - 1].end, newText: ` ${words}` };
}

/** A capitalised word, or a phrase ("the left-wing president"): not a lone common word that an alias happens to spell. */
export function looksLikeAName(mention: string): boolean {
  return /\p{Lu}/u.test(mention) || /\s/.test(mention.trim());
}

export interface TextSpan {
  start: number;
  end: number;
}

/** People and organizations named in the quotation's sentence (or `context`), outside any quotation. */
export function checkAttribution(
  text: string, passage: QuotedPassage, passages: readonly QuotedPassage[], library: Library, matched: readonly LibraryQuote[], context?: TextSpan,
): MisattributionFinding | undefined {
  const speakers = matched.map((q) => q.speaker).filter((a): a is LibraryActor => !!a);
  if (!speakers.length || speakers.length < matched.length) return undefined; // someone unnamed said it too
  const sentence = context ?? sentenceAround(text, passage, passages);
  let masked = text.slice(sentence.start, sentence.end);
  for (const other of passages) {
    if (other.end <= sentence.start || other.start >= sentence.end) continue;
    const from = Math.max(other.start, sentence.start) - sentence.start;
    const to = Math.min(other.end, sentence.end) - sentence.start;
    masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to);
  }
  const named = new Set<LibraryActor>();
  for (const match of library.names.findAll(masked)) {
    if (!looksLikeAName(masked.slice(match.start, match.end))) continue;
    for (const actor of match.targets) if (actor.kind === 'person' || actor.kind === 'organization') named.add(actor);
  }
  if (!named.size || speakers.some((speaker) => named.has(speaker))) return undefined;
  return { kind: 'misattribution', start: passage.start, end: passage.end, quote: matched[0], named: [...named] };
}
