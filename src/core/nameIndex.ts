// Finds actor names and aliases in any text in one linear pass.
//
// Text and names are folded (case and accents) and cut into words; names are
// stored in a trie of words, so each word of the text costs one map lookup
// and a name costs one lookup per word, however many names share its first
// word. Word boundaries come for free ("Petrol" is not "Petro"), the longest
// name starting at a word wins, titles in front of a name ("Mr.",
// "President") join the match, and a possessive "'s" does not.
import { fold } from './fold';

export interface NameMatch<T> {
  /** Offset of the first character of the match (a title included). */
  start: number;
  /** Offset just past the last character of the name (before any possessive). */
  end: number;
  /** Everything this form names: more than one when actors share it. */
  targets: readonly T[];
}

/** One word of a name in the trie: the names that end here, and the words that may follow. */
interface WordNode<T> {
  targets?: T[];
  next?: Map<string, WordNode<T>>;
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

/** How far around an offset `findAt` looks: a name longer than this is not found by it. */
const FIND_AT_WINDOW = 200;

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

/** True for a UTF-16 code unit that belongs to a word (letters, digits, marks). */
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

/** The folded words of a text: how a name is compared. */
export function splitWords(text: string): string[] {
  const folded = fold(text);
  const bounds = wordBounds(folded, 0, folded.length);
  const words: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) words.push(folded.slice(bounds[k], bounds[k + 1]));
  return words;
}

export class NameIndex<T> {
  private readonly firstWords = new Map<string, WordNode<T>>();
  private patternCount = 0;

  constructor(entries: Iterable<{ name: string; target: T }> = []) {
    for (const { name, target } of entries) this.add(name, target);
  }

  /** How many distinct forms (after folding) the index holds. */
  get size(): number {
    return this.patternCount;
  }

  add(name: string, target: T): void {
    const words = splitWords(name);
    if (words.length === 0) return;
    let node = this.firstWords.get(words[0]);
    if (!node) this.firstWords.set(words[0], (node = {}));
    for (let k = 1; k < words.length; k++) {
      node.next ??= new Map();
      let child = node.next.get(words[k]);
      if (!child) node.next.set(words[k], (child = {}));
      node = child;
    }
    if (!node.targets) {
      node.targets = [];
      this.patternCount++;
    }
    if (!node.targets.includes(target)) node.targets.push(target);
  }

  /** Every non-overlapping mention in `text`, leftmost-longest, in order. */
  findAll(text: string): NameMatch<T>[] {
    return this.scan(text, fold(text), 0, text.length);
  }

  /**
   * The mention covering `offset`, if any. Looks only at a window around it,
   * so its cost does not grow with the text. `text` may be an excerpt of a
   * longer document, as long as it does not cut a word in two.
   */
  findAt(text: string, offset: number): NameMatch<T> | undefined {
    let from = Math.max(0, offset - FIND_AT_WINDOW);
    while (from > 0 && WORD_CHAR[text.charCodeAt(from - 1)] === 1) from--; // start on a word boundary
    let to = Math.min(text.length, offset + FIND_AT_WINDOW);
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
      const first = this.firstWords.get(folded.slice(bounds[2 * w], bounds[2 * w + 1]));
      if (!first) continue;
      const found = this.longestAt(text, folded, bounds, w, wordCount, first);
      if (!found) continue;
      const lastWord = w + found.wordCount - 1;
      const floor = matches.length ? matches[matches.length - 1].end : 0;
      const firstWord = this.withTitles(text, folded, bounds, w, floor);
      matches.push({ start: bounds[2 * firstWord], end: bounds[2 * lastWord + 1], targets: found.targets });
      w = lastWord;
    }
    return matches;
  }

  /** The longest name that starts at word `w`: walks the trie one word at a time. */
  private longestAt(text: string, folded: string, bounds: Int32Array, w: number, wordCount: number, first: WordNode<T>): { wordCount: number; targets: T[] } | undefined {
    let found = first.targets ? { wordCount: 1, targets: first.targets } : undefined;
    let node = first;
    for (let k = w + 1; k < wordCount && node.next; k++) {
      if (!isJoinableGap(text, bounds[2 * k - 1], bounds[2 * k])) break;
      const child = node.next.get(folded.slice(bounds[2 * k], bounds[2 * k + 1]));
      if (!child) break;
      node = child;
      if (node.targets) found = { wordCount: k - w + 1, targets: node.targets };
    }
    return found;
  }

  /** The first word of the match once the titles directly in front join it (never one already matched). */
  private withTitles(text: string, folded: string, bounds: Int32Array, w: number, floor: number): number {
    let firstWord = w;
    while (firstWord > 0 && bounds[2 * (firstWord - 1)] >= floor) {
      const title = folded.slice(bounds[2 * (firstWord - 1)], bounds[2 * (firstWord - 1) + 1]);
      const gapStart = bounds[2 * (firstWord - 1) + 1];
      const gapEnd = bounds[2 * firstWord];
      if (!TITLE_WORDS.has(title) || !isJoinableGap(text, gapStart, gapEnd)) break;
      // "President. Maduro" ends a sentence; "Mr. Petro" does not.
      const period = text.indexOf('.', gapStart);
      if (period !== -1 && period < gapEnd && !ABBREVIATED_TITLES.has(title)) break;
      firstWord--;
    }
    return firstWord;
  }
}
