// Finds actor names and aliases in any text in one linear pass.
//
// Text and names are folded (case and accents) and cut into words; a hash map
// from a name's first word to the names that start with it makes each word of
// the text cost one map lookup. Word boundaries come for free ("Petrol" is not
// "Petro"), the longest name starting at a word wins, titles in front of a
// name ("Mr.", "President") join the match, and a possessive "'s" does not.
import { fold } from './fold';

export interface NameMatch<T> {
  /** Offset of the first character of the match (a title included). */
  start: number;
  /** Offset just past the last character of the name (before any possessive). */
  end: number;
  /** Everything this form names: more than one when actors share it. */
  targets: readonly T[];
}

interface Pattern<T> {
  words: string[];
  targets: T[];
}

/** Title words that may precede a name and belong to the match ("Mr. Petro"). */
const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'gen', 'colonel', 'col',
  'captain', 'capt', 'lt', 'lieutenant', 'sgt', 'sergeant', 'admiral', 'commander', 'chief',
  'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'judge', 'justice',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'father',
  'rev', 'reverend', 'sheikh', 'ambassador', 'defense', 'defence', 'foreign', 'interior',
  'finance', 'health', 'deputy', 'coach', 'chairman', 'chairwoman', 'saint', 'st',
]);

/** Titles written as abbreviations: only these may be followed by a period inside a match. */
const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'sen', 'rep', 'gov', 'rev', 'st']);

const WORD_CHAR: Uint8Array = buildWordCharTable();

function buildWordCharTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const wordLike = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) table[code] = 1; // astral letters: keep pairs whole
    else if (wordLike.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
}

export function isWordCode(code: number): boolean {
  return WORD_CHAR[code] === 1;
}

/** Separators allowed between two words of one name: "Mr. Petro", "Padrino-López", a line wrap. */
function isJoinableGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) { if (++newlines > 1) return false; continue; }
    if (c !== 0x20 && c !== 0x09 && c !== 0x2e && c !== 0x2d && c !== 0x27 && c !== 0x0d && c !== 0xa0) return false;
  }
  return true;
}

/** Word boundaries of `folded` between `from` and `to`, as [start0, end0, start1, end1, ...]. */
function wordBounds(folded: string, from: number, to: number): Int32Array {
  let bounds = new Int32Array(64);
  let count = 0;
  let i = from;
  while (i < to) {
    while (i < to && WORD_CHAR[folded.charCodeAt(i)] !== 1) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && WORD_CHAR[folded.charCodeAt(i)] === 1) i++;
    if (count + 2 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    bounds[count++] = start;
    bounds[count++] = i;
  }
  return bounds.subarray(0, count);
}

export function splitWords(text: string): string[] {
  const folded = fold(text);
  const bounds = wordBounds(folded, 0, folded.length);
  const words: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) words.push(folded.slice(bounds[k], bounds[k + 1]));
  return words;
}

export class NameIndex<T> {
  private readonly byFirstWord = new Map<string, Pattern<T>[]>();
  private patternCount = 0;

  constructor(entries: Iterable<{ name: string; target: T }> = []) {
    for (const { name, target } of entries) this.add(name, target);
  }

  get size(): number {
    return this.patternCount;
  }

  add(name: string, target: T): void {
    const words = splitWords(name);
    if (words.length === 0) return;
    let bucket = this.byFirstWord.get(words[0]);
    if (!bucket) this.byFirstWord.set(words[0], (bucket = []));
    const existing = bucket.find((p) => p.words.length === words.length && p.words.every((w, k) => w === words[k]));
    if (existing) {
      if (!existing.targets.includes(target)) existing.targets.push(target);
      return;
    }
    // Longest first, so the first pattern that fits is the longest match.
    let at = 0;
    while (at < bucket.length && bucket[at].words.length >= words.length) at++;
    bucket.splice(at, 0, { words, targets: [target] });
    this.patternCount++;
  }

  /** Every non-overlapping mention in `text`, leftmost-longest, in order. */
  findAll(text: string): NameMatch<T>[] {
    return this.scan(text, fold(text), 0, text.length);
  }

  /** The mention covering `offset`, if any. Looks only at a window around it. */
  findAt(text: string, offset: number): NameMatch<T> | undefined {
    const WINDOW = 200;
    let from = Math.max(0, offset - WINDOW);
    while (from > 0 && WORD_CHAR[text.charCodeAt(from - 1)] === 1) from--; // start on a word boundary
    let to = Math.min(text.length, offset + WINDOW);
    while (to < text.length && WORD_CHAR[text.charCodeAt(to)] === 1) to++;
    const slice = text.slice(from, to);
    for (const match of this.scan(slice, fold(slice), 0, slice.length)) {
      const start = match.start + from;
      const end = match.end + from;
      if (start <= offset && offset < end) return { start, end, targets: match.targets };
      if (start > offset) break;
    }
    return undefined;
  }

  private scan(text: string, folded: string, from: number, to: number): NameMatch<T>[] {
    const bounds = wordBounds(folded, from, to);
    const wordCount = bounds.length >> 1;
    const matches: NameMatch<T>[] = [];
    for (let w = 0; w < wordCount; w++) {
      const bucket = this.byFirstWord.get(folded.slice(bounds[2 * w], bounds[2 * w + 1]));
      if (!bucket) continue;
      const found = this.longestAt(text, folded, bounds, w, wordCount, bucket);
      if (!found) continue;
      const lastWord = w + found.words.length - 1;
      let firstWord = w;
      // Titles directly in front join the match, but never one already matched.
      const floor = matches.length ? matches[matches.length - 1].end : 0;
      while (firstWord > 0 && bounds[2 * (firstWord - 1)] >= floor) {
        const title = folded.slice(bounds[2 * (firstWord - 1)], bounds[2 * (firstWord - 1) + 1]);
        const gapStart = bounds[2 * (firstWord - 1) + 1];
        const gapEnd = bounds[2 * firstWord];
        if (!TITLE_WORDS.has(title) || !isJoinableGap(text, gapStart, gapEnd)) break;
        // "President. Maduro" ends a sentence; "Mr. Petro" does not.
        if (text.indexOf('.', gapStart) !== -1 && text.indexOf('.', gapStart) < gapEnd && !ABBREVIATED_TITLES.has(title)) break;
        firstWord--;
      }
      matches.push({ start: bounds[2 * firstWord], end: bounds[2 * lastWord + 1], targets: found.targets });
      w = lastWord;
    }
    return matches;
  }

  private longestAt(text: string, folded: string, bounds: Int32Array, w: number, wordCount: number, bucket: Pattern<T>[]): Pattern<T> | undefined {
    for (const pattern of bucket) {
      const n = pattern.words.length;
      if (w + n > wordCount) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const s = bounds[2 * (w + k)];
        const e = bounds[2 * (w + k) + 1];
        const word = pattern.words[k];
        ok = e - s === word.length && folded.startsWith(word, s) && isJoinableGap(text, bounds[2 * (w + k) - 1], s);
      }
      if (ok) return pattern;
    }
    return undefined;
  }
}
