// Finds the passages a draft puts in quotation marks — “curly”, "straight",
// ‘single’, «guillemets», „low-high“, LaTeX ``quotes'' and \enquote{…} — and the sentence
// around each, where its attribution is. A quotation never runs past a blank
// line: an unclosed mark is left alone rather than guessed at.
import { isWordCode } from '../nameIndex';

export interface QuotedPassage {
  /** Offset of the opening mark. */
  open: number;
  /** The quoted words: `[start, end)`. */
  start: number;
  end: number;
  /** Offset just past the closing mark. */
  close: number;
}

interface Opening {
  at: number;
  length: number;
  closers: readonly string[];
}

const OPENERS: ReadonlyArray<[string, readonly string[]]> = [
  ['``', ["''"]],
  ['\\enquote{', ['}']],
  ['\u201c', ['\u201d']],
  ['\u201e', ['\u201c', '\u201d']],
  ['\u00ab', ['\u00bb']],
  ['"', ['"']],
];

/** First characters of every mark, and the line feed that may end a paragraph. */
const MARK_CODES = new Set([...OPENERS.flatMap(([open, closers]) => [open, ...closers]), '\u2018', '\u2019', '\n'].map((mark) => mark.charCodeAt(0)));

export function findQuotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let opening: Opening | undefined;
  let single: Opening | undefined;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!MARK_CODES.has(code)) { i++; continue; } // most characters are no mark at all
    if (code === 0x0a && isBlankLineAfter(text, i)) {
      opening = single = undefined;
      i++;
      continue;
    }
    if (opening) {
      const closer = opening.closers.find((c) => text.startsWith(c, i));
      if (closer) {
        passages.push({ open: opening.at, start: opening.at + opening.length, end: i, close: i + closer.length });
        opening = single = undefined;
        i += closer.length;
        continue;
      }
    } else {
      const opener = OPENERS.find(([mark]) => text.startsWith(mark, i));
      if (opener) {
        opening = { at: i, length: opener[0].length, closers: opener[1] };
        single = undefined;
        i += opener[0].length;
        continue;
      }
      // ‘Single’ marks quote in British style; a ’ inside a word is an apostrophe.
      if (code === 0x2018 && !isWordCode(text.charCodeAt(i - 1))) single = { at: i, length: 1, closers: ['\u2019'] };
      else if (code === 0x2019 && single && !isWordCode(text.charCodeAt(i + 1))) {
        passages.push({ open: single.at, start: single.at + 1, end: i, close: i + 1 });
        single = undefined;
      }
    }
    i++;
  }
  return passages;
}

function isBlankLineAfter(text: string, newline: number): boolean {
  for (let i = newline + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** Abbreviations whose period does not end a sentence ("Mr. Petro said"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'sen', 'rep', 'gov', 'rev', 'st', 'jr', 'sr', 'no', 'vs']);

/**
 * The sentence containing `passage`, as `[start, end)`. Terminators inside
 * other quotations do not count; a quotation that ends with its own period
 * and is followed by a capital ends the sentence there.
 */
export function sentenceAround(text: string, passage: QuotedPassage, passages: readonly QuotedPassage[]): { start: number; end: number } {
  const inside = (offset: number): boolean => isInsideAny(passages, offset);
  let start = passage.open;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a && isBlankLineAfter(text, start - 1)) break;
    if (isTerminator(text, start - 1) && !inside(start - 1)) break;
    start--;
  }
  let end = passage.close;
  if (/[.!?]\s*$/.test(text.slice(passage.start, passage.end)) && /^\s+\p{Lu}/u.test(text.slice(passage.close, passage.close + 3))) return { start, end };
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 0x0a && isBlankLineAfter(text, end)) break;
    if (isTerminator(text, end) && !inside(end)) { end++; break; }
    end++;
  }
  return { start, end };
}

/** Whether `offset` lies in one of `passages` (sorted, not overlapping): a binary search. */
function isInsideAny(passages: readonly QuotedPassage[], offset: number): boolean {
  let low = 0;
  let high = passages.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (passages[mid].end <= offset) low = mid + 1;
    else if (passages[mid].start > offset) high = mid - 1;
    else return true;
  }
  return false;
}

/** A `.`, `!` or `?` followed by white space or the end, not after an abbreviation or an initial. */
function isTerminator(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return false;
  const next = text.charCodeAt(at + 1);
  if (at + 1 < text.length && next !== 0x20 && next !== 0x0a && next !== 0x0d && next !== 0x09) return false;
  if (c !== 0x2e) return true;
  let wordStart = at;
  while (wordStart > 0 && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, at);
  return !(ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && word !== word.toLowerCase()));
}
