// The fold and word tables are built at build time from the rules in
// src/core/unicodeTables/rules.ts; the extension reads the generated runs.
// These tests run the rules and compare: they fail when a rule changes and
// generated.ts was not regenerated (`node scripts/generate-unicode-tables.mjs`).
import * as assert from 'assert';
import { FOLD_TABLE, foldTableFromRuns, tableFromRanges, WORD_CHAR_TABLE } from '../../src/core/unicodeTables';
import { computeFoldTable, computeWordCharTable, foldRuns, setRanges } from '../../src/core/unicodeTables/rules';

const REGENERATE = 'src/core/unicodeTables/generated.ts no longer follows rules.ts: run `node scripts/generate-unicode-tables.mjs`';

/** The code units where two tables differ, written as hex, the first few. */
function differences(actual: ArrayLike<number>, expected: ArrayLike<number>): string[] {
  const found: string[] = [];
  for (let code = 0; code < 0x10000 && found.length < 5; code++) {
    if (actual[code] !== expected[code]) found.push(`U+${code.toString(16).padStart(4, '0')}: ${actual[code]} instead of ${expected[code]}`);
  }
  return found;
}

describe('unicode tables built at build time', () => {
  it('the fold table read from generated.ts is the one the rules compute', () => {
    assert.deepStrictEqual(differences(FOLD_TABLE, computeFoldTable()), [], REGENERATE);
  });

  it('the word table read from generated.ts is the one the rules compute', () => {
    assert.deepStrictEqual(differences(WORD_CHAR_TABLE, computeWordCharTable()), [], REGENERATE);
  });

  it('the encodings round-trip, and a changed rule would show (positive control)', () => {
    const table = computeFoldTable();
    const { shifts, targets } = foldRuns(table);
    assert.deepStrictEqual(differences(foldTableFromRuns(shifts, targets), table), []);
    table[0x41] = 0x42; // as if "A" folded to "b"
    const changed = foldRuns(table);
    assert.deepStrictEqual(differences(foldTableFromRuns(changed.shifts, changed.targets), computeFoldTable()), ['U+0041: 66 instead of 97']);
    const words = computeWordCharTable();
    assert.deepStrictEqual(differences(tableFromRanges(setRanges(words)), words), []);
  });
});
