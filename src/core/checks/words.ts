// Words of a draft with their offsets, shared by the checks. Words are runs of
// letters, digits and combining marks (the name index's definition), so the
// checks and the hover cards agree on where a word starts and ends.
import { isWordCode } from '../nameIndex';

export interface WordSpan {
  start: number;
  end: number;
}

/** Every word of `text` between `from` and `to`, in order. */
export function wordSpans(text: string, from = 0, to = text.length): WordSpan[] {
  const spans: WordSpan[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && isWordCode(text.charCodeAt(i))) i++;
    spans.push({ start, end: i });
  }
  return spans;
}

/** True when the word at `offset` starts with a capital letter: a proper noun, or a sentence's first word. */
export function isCapitalizedAt(text: string, offset: number): boolean {
  const first = text.charAt(offset);
  return first !== first.toLowerCase();
}

/** Comparison form of a word: composed (NFC) and lower-cased, accents kept. */
export function lowerKey(word: string): string {
  return word.normalize('NFC').toLowerCase();
}
