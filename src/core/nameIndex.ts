// Finds actor names and aliases in any text in one linear pass.
//
// Names are cut into folded words (case and accents) and stored in a trie of
// words. The text is read once: each word is folded and hashed on the fly (no
// string is allocated per word), looked up among the names' first words, and
// followed down the trie while the next words fit. Word boundaries come for
// free ("Petrol" is not "Petro"), the longest name starting at a word wins,
// titles in front of a name ("Mr.", "President") join the match, and a
// possessive "'s" does not.
import { fold, foldCode } from './fold';
import { WORD_CHAR_TABLE } from './unicodeTables';

export interface NameMatch<T> {
  /** Offset of the first character of the match (a title included). */
  start: number;
  /** Offset just past the last character of the name (before any possessive). */
  end: number;
  /** Everything this form names: more than one when actors share it. */
  targets: readonly T[];
}

/** One word of one or more names; `targets` is set where a name ends. */
interface TrieNode<T> {
  word: string;
  targets: T[] | null;
  children: Map<number, TrieNode<T>> | null;
  /** Another word with the same hash (collisions are rare but possible). */
  sibling: TrieNode<T> | null;
}

/** Title words that may precede a name and belong to the match ("Mr. Petro"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
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

/** Letters, digits, marks and surrogates (astral letters stay whole): unicodeTables/rules.ts. */
const WORD_CHAR: Uint8Array = WORD_CHAR_TABLE;

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
    if (c !== 0x20 && c !== 0x09 && c !== 0x2e && c !== 0x2d && c !== 0x27 && c !== 0x2019 && c !== 0x0d && c !== 0xa0) return false;
  }
  return true;
}

/** The folded words of a text, as strings (for names, not for scanning documents). */
export function splitWords(text: string): string[] {
  const words = new WordList(8);
  words.read(text, 0, text.length);
  const out: string[] = [];
  for (let w = 0; w < words.count; w++) out.push(fold(text.slice(words.starts[w], words.ends[w])));
  return out;
}

/** Word boundaries and hashes of folded words, in growable typed arrays. */
class WordList {
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  hashes: Int32Array<ArrayBuffer>;
  count = 0;

  /** `capacity` grows as needed; a name needs a few words, a document many. */
  constructor(capacity = 256) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
  }

  read(text: string, from: number, to: number): void {
    let i = from;
    while (i < to) {
      while (i < to && WORD_CHAR[text.charCodeAt(i)] !== 1) i++;
      if (i >= to) break;
      const start = i;
      let hash = 0x811c9dc5 | 0;
      while (i < to) {
        const code = text.charCodeAt(i);
        if (WORD_CHAR[code] !== 1) break;
        hash = Math.imul(hash ^ foldCode(code), 0x01000193);
        i++;
      }
      this.push(start, i, hash);
    }
  }

  private push(start: number, end: number, hash: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    this.count++;
  }
}

/** The words of a hover's window, reused by every findAt (a scan is synchronous): no three typed arrays a hover. */
const WINDOW_WORDS = new WordList();

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

function hashWord(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** Whether text[start, end) folds to `word` (already folded). */
function foldsTo(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (foldCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

function lookup<T>(children: Map<number, TrieNode<T>>, hash: number, text: string, start: number, end: number): TrieNode<T> | null {
  for (let node = children.get(hash) ?? null; node; node = node.sibling) {
    if (foldsTo(text, start, end, node.word)) return node;
  }
  return null;
}

export class NameIndex<T> {
  private readonly roots = new Map<number, TrieNode<T>>();
  private patternCount = 0;

  constructor(entries: Iterable<{ name: string; target: T }> = []) {
    for (const { name, target } of entries) this.add(name, target);
  }

  /** Number of distinct name forms. */
  get size(): number {
    return this.patternCount;
  }

  add(name: string, target: T): void {
    const words = splitWords(name);
    if (words.length === 0) return;
    let children = this.roots;
    let node: TrieNode<T> | null = null;
    for (const word of words) {
      node = this.child(children, word);
      children = node.children ??= new Map();
    }
    if (!node!.targets) {
      node!.targets = [];
      this.patternCount++;
    }
    if (!node!.targets.includes(target)) node!.targets.push(target);
  }

  /** Every non-overlapping mention in `text`, leftmost-longest, in order. */
  findAll(text: string): NameMatch<T>[] {
    return this.scan(text, 0, text.length);
  }

  /** The mention covering `offset`, if any. Reads only a window around it. */
  findAt(text: string, offset: number): NameMatch<T> | undefined {
    const WINDOW = 200;
    let from = Math.max(0, offset - WINDOW);
    while (from > 0 && WORD_CHAR[text.charCodeAt(from - 1)] === 1) from--; // start on a word boundary
    let to = Math.min(text.length, offset + WINDOW);
    while (to < text.length && WORD_CHAR[text.charCodeAt(to)] === 1) to++;
    for (const match of this.scan(text, from, to, WINDOW_WORDS)) {
      if (match.start <= offset && offset < match.end) return match;
      if (match.start > offset) break;
    }
    return undefined;
  }

  private child(children: Map<number, TrieNode<T>>, word: string): TrieNode<T> {
    const hash = hashWord(word);
    const first = children.get(hash);
    for (let node = first ?? null; node; node = node.sibling) if (node.word === word) return node;
    const created: TrieNode<T> = { word, targets: null, children: null, sibling: first ?? null };
    children.set(hash, created);
    return created;
  }

  private scan(text: string, from: number, to: number, words = new WordList()): NameMatch<T>[] {
    words.count = 0;
    words.read(text, from, to);
    const { starts, ends, hashes, count } = words;
    const matches: NameMatch<T>[] = [];
    for (let w = 0; w < count; w++) {
      let node = lookup(this.roots, hashes[w], text, starts[w], ends[w]);
      if (!node) continue;
      // Follow the trie while the next words fit; remember the longest name seen.
      let lastWord = -1;
      let targets: T[] | null = null;
      for (let k = w; node; ) {
        if (node.targets) { lastWord = k; targets = node.targets; }
        if (!node.children || k + 1 >= count || !isJoinableGap(text, ends[k], starts[k + 1])) break;
        k++;
        node = lookup(node.children, hashes[k], text, starts[k], ends[k]);
      }
      if (!targets) continue;
      const previous = matches.length ? matches[matches.length - 1] : undefined;
      const start = starts[this.titlesBefore(text, words, w, previous ? previous.end : from)];
      // "Defense Minister" + "General Vladimir Padrino Lopez": two forms of one
      // actor side by side are one mention.
      const shared = previous && isJoinableGap(text, previous.end, start) ? previous.targets.filter((t) => targets!.includes(t)) : [];
      if (shared.length) matches[matches.length - 1] = { start: previous!.start, end: ends[lastWord], targets: shared };
      else matches.push({ start, end: ends[lastWord], targets });
      w = lastWord;
    }
    return matches;
  }

  /** The first word of the match once titles directly in front ("Defense Minister General") join it. */
  private titlesBefore(text: string, words: WordList, w: number, floor: number): number {
    let first = w;
    while (first > 0 && words.starts[first - 1] >= floor) {
      const title = fold(text.slice(words.starts[first - 1], words.ends[first - 1]));
      const gapStart = words.ends[first - 1];
      const gapEnd = words.starts[first];
      if (!TITLE_WORDS.has(title) || !isJoinableGap(text, gapStart, gapEnd)) break;
      // "Mr. Petro" is one name; in "… the president. Maduro …" the period ends a sentence.
      const period = text.indexOf('.', gapStart);
      if (period !== -1 && period < gapEnd && !ABBREVIATED_TITLES.has(title)) break;
      first--;
    }
    return first;
  }
}
