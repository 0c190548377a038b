// Per-code-unit tables, built at import from the compact runs of generated.ts
// (well under a millisecond) instead of asking the engine about every code
// unit (about 100 ms; rules.ts holds those rules, for the generator and the test).
import { FOLD_SHIFT_RUNS, FOLD_TARGET_RUNS, WORD_CHAR_RANGES } from './generated';

/** What fold.ts reads: the folded form of each UTF-16 code unit. */
export const FOLD_TABLE: Uint16Array = foldTableFromRuns(FOLD_SHIFT_RUNS, FOLD_TARGET_RUNS);

/** What nameIndex.ts reads: 1 for a unit that belongs to a word. */
export const WORD_CHAR_TABLE: Uint8Array = tableFromRanges(WORD_CHAR_RANGES);

/**
 * Runs of [first, count, stride, value]: the units first, first + stride, …
 * fold to themselves plus value (shifts) or to value (targets).
 */
export function foldTableFromRuns(shifts: readonly number[], targets: readonly number[]): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (const [runs, shifted] of [[shifts, true], [targets, false]] as const) {
    for (let i = 0; i < runs.length; i += 4) {
      const [first, count, stride, value] = [runs[i], runs[i + 1], runs[i + 2], runs[i + 3]];
      for (let k = 0, code = first; k < count; k++, code += stride) table[code] = shifted ? code + value : value;
    }
  }
  return table;
}

/** [start, end) pairs of units whose entry is 1. */
export function tableFromRanges(ranges: readonly number[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < ranges.length; i += 2) table.fill(1, ranges[i], ranges[i + 1]);
  return table;
}
