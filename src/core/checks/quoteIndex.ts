// An inverted index of the library's speech quotes by their rarer words, so a
// quotation in a draft is compared only with the few source quotes that share
// its distinctive words: checking stays cheap with thousands of quotes.
import { LibraryQuote } from '../library';
import { QuoteToken, quoteTokens, wordCount } from './quoteTokens';

/** Quotations shorter than this are not checked (and source quotes this short not indexed). */
export const MIN_QUOTE_WORDS = 4;

/** A word in more than this share of the quotes is too common to find candidates by. */
const COMMON_WORD_SHARE = 0.02;
const MIN_COMMON_COUNT = 16;
/** How many candidates are aligned word by word, at most. */
const MAX_CANDIDATES = 6;

export interface IndexedQuote {
  entry: LibraryQuote;
  tokens: QuoteToken[];
}

export class QuoteIndex {
  readonly quotes: IndexedQuote[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly commonAbove: number;
  /** Scratch counts per quote, reset after each lookup. */
  private sharedCounts?: Uint16Array;

  constructor(entries: readonly LibraryQuote[]) {
    for (const entry of entries) {
      if (entry.quote.kind !== 'speech') continue;
      const tokens = withoutEdgeOmissions(quoteTokens(entry.quote.text));
      if (wordCount(tokens) < MIN_QUOTE_WORDS) continue;
      const id = this.quotes.push({ entry, tokens }) - 1;
      for (const word of distinctWords(tokens)) {
        const list = this.postings.get(word);
        if (list) list.push(id);
        else this.postings.set(word, [id]);
      }
    }
    this.commonAbove = Math.max(MIN_COMMON_COUNT, Math.ceil(this.quotes.length * COMMON_WORD_SHARE));
  }

  /** The source quotes most likely to be the one a quotation reproduces, best first. */
  candidates(draft: readonly QuoteToken[]): IndexedQuote[] {
    const shared = (this.sharedCounts ??= new Uint16Array(this.quotes.length));
    const touched: number[] = [];
    let distinctive = 0;
    for (const word of distinctWords(draft)) {
      const list = this.postings.get(word);
      if (!list) { distinctive++; continue; } // a word no source has still counts against a match
      if (list.length > this.commonAbove) continue;
      distinctive++;
      for (const id of list) if (shared[id]++ === 0) touched.push(id);
    }
    // A real (mis)quotation shares most of its distinctive words with its source.
    const needed = Math.max(1, Math.ceil(distinctive * 0.4));
    const found = touched.filter((id) => shared[id] >= needed).map((id) => ({ id, count: shared[id] }));
    for (const id of touched) shared[id] = 0;
    return found
      .sort((a, b) => b.count - a.count || a.id - b.id)
      .slice(0, MAX_CANDIDATES)
      .map(({ id }) => this.quotes[id]);
  }
}

/** A source quote that starts or ends with "[…]" only says its words go on: the marks are no part of them. */
function withoutEdgeOmissions(tokens: QuoteToken[]): QuoteToken[] {
  let from = 0;
  let to = tokens.length;
  while (from < to && tokens[from].kind === 'omission') from++;
  while (to > from && tokens[to - 1].kind === 'omission') to--;
  return tokens.slice(from, to);
}

function distinctWords(tokens: readonly QuoteToken[]): Set<string> {
  const words = new Set<string>();
  for (const token of tokens) if (token.kind === 'word') words.add(token.folded);
  return words;
}
