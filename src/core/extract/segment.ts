// Cutting an article into paragraphs, sentences and words. Offsets are always
// offsets into the whole article text, so every later step can anchor to it.
import { fold } from '../fold';
import { isWordCode } from '../nameIndex';

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** The word as printed, without a possessive "'s". */
  text: string;
  /** Folded (lower case, no accents) form of `text`. */
  folded: string;
  capitalized: boolean;
  possessive: boolean;
}

/** A paragraph longer than this is cut at a sentence end, so each step of the engine stays short. */
const MAX_PARAGRAPH = 10_000;

/**
 * Paragraphs are lines, or blank-line separated blocks when the text wraps its
 * lines (Markdown, e-mail). Over-long paragraphs are cut into bounded pieces.
 * Given one at a time, so a caller can pause between them.
 */
export function* splitParagraphs(text: string): Generator<Span, void, void> {
  const head = text.slice(0, 100_000); // how the text is laid out shows in its first pages
  const wrapped = /\n[ \t]*\n/.test(head) && hasWrappedLines(head);
  const separator = wrapped ? /\n[ \t]*\n/g : /\n/g;
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    for (let at = start; at < end; ) {
      const cut = end - at > MAX_PARAGRAPH ? cutPoint(text, at, at + MAX_PARAGRAPH) : end;
      spans.push({ start: at, end: cut });
      at = cut;
      while (at < end && /\s/.test(text[at])) at++;
    }
  };
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    push(from, match.index);
    from = match.index + match[0].length;
    yield* spans;
    spans.length = 0;
  }
  push(from, text.length);
  yield* spans;
}

/** True when some line runs on into the next (ends without sentence punctuation). */
function hasWrappedLines(text: string): boolean {
  return /[\p{L},;]\n[ \t]*\p{Ll}/u.test(text);
}

function cutPoint(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + MAX_PARAGRAPH / 2; i--) if (/[.!?]/.test(text[i - 1]) && /\s/.test(text[i] ?? ' ')) return i;
  for (let i = limit; i > from + MAX_PARAGRAPH / 2; i--) if (/\s/.test(text[i])) return i;
  return limit;
}

const CLOSERS = '"\'”’»)]';

/** Sentences of one paragraph. A period after an abbreviation (of the language) or an initial does not end one. */
export function splitSentences(text: string, paragraph: Span, abbreviations: ReadonlySet<string>): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let end = i + 1;
    while (end < paragraph.end && CLOSERS.includes(text[end])) end++;
    if (end >= paragraph.end || !/\s/.test(text[end])) continue;
    let next = end;
    while (next < paragraph.end && /\s/.test(text[next])) next++;
    if (next >= paragraph.end || !/[\p{Lu}\p{N}"“‘'(\[—–-]/u.test(text[next])) continue;
    if (c === '.' && isAbbreviation(text, paragraph.start, i, abbreviations)) continue;
    sentences.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences;
}

function isAbbreviation(text: string, floor: number, period: number, abbreviations: ReadonlySet<string>): boolean {
  let from = period;
  const limit = Math.max(floor, period - 12); // abbreviations are short; never scan back further
  while (from > limit && (isWordCode(text.charCodeAt(from - 1)) || text[from - 1] === '.')) from--;
  const word = text.slice(from, period).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[from])) return true; // an initial: "John F. Kennedy"
  return abbreviations.has(word);
}

/** Words of a span, with possessives split off and initials ("U.S.") kept whole. */
export function tokenize(text: string, span: Span): Token[] {
  const folded = fold(text.slice(span.start, span.end)); // folding keeps offsets: token i..j is folded i-start..j-start
  const tokens: Token[] = [];
  let i = span.start;
  const end = span.end;
  while (i < end) {
    while (i < end && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    while (i < end) {
      if (isWordCode(text.charCodeAt(i))) { i++; continue; }
      const c = text[i];
      const joins = (c === '-' || c === "'" || c === '’' || c === '‐') && i + 1 < end && isWordCode(text.charCodeAt(i + 1));
      const initial = c === '.' && i + 1 < end && i - start <= 2 && /\p{Lu}/u.test(text[i - 1]) && /\p{Lu}/u.test(text[i + 1]) && text[i + 2] === '.';
      if (!joins && !initial) break;
      i++;
    }
    if (text[i] === '.' && i - start >= 3 && text[i - 2] === '.') i++; // the last period of "U.S."
    let tokenEnd = i;
    let possessive = false;
    const tail = text.slice(tokenEnd - 2, tokenEnd);
    if (tokenEnd - start > 2 && (tail === "'s" || tail === '’s')) {
      tokenEnd -= 2;
      possessive = true;
    } else if (text[tokenEnd] === "'" || text[tokenEnd] === '’') {
      possessive = text[tokenEnd - 1] === 's' && !isWordCode(text.charCodeAt(tokenEnd + 1) || 32); // "the soldiers' families"
    }
    tokens.push(new WordToken(text, start, tokenEnd, folded.slice(start - span.start, tokenEnd - span.start), isCapitalized(text, start), possessive));
  }
  return tokens;
}

function isCapitalized(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = text[at];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** A token slices its printed text only when asked: most words are never read that way. */
class WordToken implements Token {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly folded: string,
    readonly capitalized: boolean,
    readonly possessive: boolean,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

/** The index of the token that contains or follows `offset` (tokens sorted by start). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
