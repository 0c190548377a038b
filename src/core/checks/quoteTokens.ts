// A quotation cut into the units quote matching compares: words, omission
// marks ("…", "...", "[…]") and editorial insertions ("[the minister]").
import { fold } from '../fold';
import { isWordCode } from '../nameIndex';
import { lowerKey } from './words';

export type QuoteTokenKind = 'word' | 'omission' | 'insertion';

export interface QuoteToken {
  kind: QuoteTokenKind;
  start: number;
  end: number;
  /** The word as written, composed (NFC): what "exact words" compares. */
  exact: string;
  /** Lower-cased, accents kept: compared where case may differ (after an omission). */
  lower: string;
  /** Case and accents folded: the key of the quote index. */
  folded: string;
}

/** An editorial bracket stands for at most this many words of the source. */
export const MAX_BRACKETED_WORDS = 4;

const MAX_BRACKET_LENGTH = 120;
const OMISSION_CONTENT = /^[\s.…]*$/;

/** The tokens of `text` between `from` and `to`, offsets in `text`. */
export function quoteTokens(text: string, from = 0, to = text.length): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  const folded = fold(text.slice(from, to)); // same length as the slice: offsets carry over
  const push = (kind: QuoteTokenKind, start: number, end: number): void => {
    // Two marks in a row ("[…] …") are one omission.
    if (kind === 'omission' && tokens.length && tokens[tokens.length - 1].kind === 'omission') {
      tokens[tokens.length - 1].end = end;
      return;
    }
    const exact = text.slice(start, end).normalize('NFC');
    tokens.push({ kind, start, end, exact, lower: lowerKey(exact), folded: folded.slice(start - from, end - from) });
  };
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      const start = i;
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
      push('word', start, i);
    } else if (code === 0x2026) {
      push('omission', i, ++i);
    } else if (code === 0x2e) {
      const end = dotsEnd(text, i, to);
      if (end > i) push('omission', i, (i = end));
      else i++;
    } else if (code === 0x5b || code === 0x28) {
      const end = bracketEnd(text, i, to);
      if (end < 0) { i++; continue; }
      const inner = text.slice(i + 1, end - 1);
      if (OMISSION_CONTENT.test(inner) && /[.…]/.test(inner)) push('omission', i, end);
      else if (code === 0x5b) push('insertion', i, end);
      else { i++; continue; } // an ordinary parenthesis: read its words
      i = end;
    } else {
      i++;
    }
  }
  return tokens;
}

/** End of an ellipsis written with three or more dots ("...", ". . ."), or `at` when there is none. */
function dotsEnd(text: string, at: number, to: number): number {
  let dots = 0;
  let i = at;
  let end = at;
  while (i < to) {
    if (text.charCodeAt(i) === 0x2e) { dots++; end = ++i; continue; }
    if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i + 1) === 0x2e && dots > 0) { i++; continue; }
    break;
  }
  return dots >= 3 ? end : at;
}

/** Offset just past the bracket closing the one at `at`, or -1. */
function bracketEnd(text: string, at: number, to: number): number {
  const closing = text.charCodeAt(at) === 0x5b ? ']' : ')';
  const end = text.indexOf(closing, at + 1);
  if (end < 0 || end >= to || end - at > MAX_BRACKET_LENGTH) return -1;
  return end + 1;
}

export function wordCount(tokens: readonly QuoteToken[]): number {
  let count = 0;
  for (const token of tokens) if (token.kind === 'word') count++;
  return count;
}
