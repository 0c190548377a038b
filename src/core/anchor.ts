// Finding a passage again in an article that may have been edited: the exact
// words first, then the surrounding text (prefix/suffix) to choose between
// repeats, and the recorded offset only as a tie-breaker.
import { Anchor } from './model';

export interface TextRange {
  start: number;
  end: number;
}

const CONTEXT_LENGTH = 32;
const MAX_CANDIDATES = 1000;
/**
 * How much of a prefix or suffix is compared at each candidate: its end (or
 * start) nearest the passage. A dossier may store any length (and YAML aliases
 * let one long suffix serve many quotes); comparing all of it at each of up to
 * MAX_CANDIDATES positions made a check quadratic.
 */
const MAX_CONTEXT_COMPARED = 256;

export function createAnchor(text: string, start: number, end: number): Anchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    offset: start,
  };
}

/** Where the anchored passage is in `text` now, or undefined when its words are gone. */
export function resolveAnchor(text: string, anchor: Anchor): TextRange | undefined {
  const { exact } = anchor;
  if (!exact) return undefined;
  const candidates: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && candidates.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    candidates.push(at);
  }
  if (candidates.length === 0) return undefined;
  let best = candidates[0];
  let bestScore = -Infinity;
  const context = { prefix: anchor.prefix?.slice(-MAX_CONTEXT_COMPARED), suffix: anchor.suffix?.slice(0, MAX_CONTEXT_COMPARED), offset: anchor.offset };
  for (const at of candidates) {
    const score = contextScore(text, at, at + exact.length, context);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return { start: best, end: best + exact.length };
}

/** Matching context characters count most; distance from the old offset breaks ties. */
function contextScore(text: string, start: number, end: number, anchor: Pick<Anchor, 'prefix' | 'suffix' | 'offset'>): number {
  let score = 0;
  if (anchor.prefix) score += commonSuffixLength(text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix);
  if (anchor.suffix) score += commonPrefixLength(text.slice(end, end + anchor.suffix.length), anchor.suffix);
  if (anchor.offset !== undefined) score -= Math.abs(start - anchor.offset) / (text.length + 1);
  return score;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** How many times `needle` occurs in `text` (stops counting at `limit`). */
export function countOccurrences(text: string, needle: string, limit = 2): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && count < limit; at = text.indexOf(needle, at + 1)) count++;
  return count;
}
