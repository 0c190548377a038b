// The rules behind the per-code-unit tables of fold.ts and nameIndex.ts. They
// ask the JavaScript engine about all 65,536 code units, which takes about
// 100 ms, so they run at build time (scripts/generate-unicode-tables.mjs
// writes generated.ts) and in the unit test that checks generated.ts still
// follows them; the extension never runs them.

/** Case and accent folding: lower case, accents dropped, length kept (fold.ts). */
export function computeFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates stay as they are
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    let folded = lower.length === 1 ? lower : ch;
    const base = folded.normalize('NFD');
    // Keep the base letter when decomposition only adds combining marks.
    if (base.length > 1 && !/[^\u0300-\u036f]/u.test(base.slice(1))) folded = base[0];
    // "İ" lowers to two units, so it was kept and decomposed to "I": lower the base too.
    const lowerBase = folded.toLowerCase();
    table[code] = (lowerBase.length === 1 ? lowerBase : folded).charCodeAt(0);
  }
  // Letters without a decomposition that writers type without their stroke,
  // applied to what the code already folds to ("Ħ" → "ħ" → "h").
  const extra: Record<string, string> = {
    'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ŧ': 't', 'ς': 'σ',
    '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-', '\u00a0': ' ',
  };
  const extraCodes = new Map(Object.entries(extra).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
  for (let code = 0; code < 0x10000; code++) table[code] = extraCodes.get(table[code]) ?? table[code];
  for (let code = 0x0300; code <= 0x036f; code++) table[code] = code; // lone combining marks are kept
  return table;
}

/** Letters, digits and marks, and surrogates so that astral letters stay whole (nameIndex.ts). */
export function computeWordCharTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const wordLike = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) table[code] = 1; // astral letters: keep pairs whole
    else if (wordLike.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
}

/**
 * The fold table as runs of changed code units, in two lists of [first, count,
 * stride, value] repeated: the units first, first + stride, … (count of them)
 * fold to themselves plus value (`shifts`: "A"–"Z" → "a"–"z"), or all to value
 * (`targets`: "À"–"Å" → "a"). Every other unit folds to itself. Read by
 * `foldTableFromRuns` (index.ts).
 */
export function foldRuns(table: Uint16Array): { shifts: number[]; targets: number[] } {
  const changed: number[] = [];
  for (let code = 0; code < 0x10000; code++) if (table[code] !== code) changed.push(code);
  const shifts: number[] = [];
  const targets: number[] = [];
  let shift = -1; // index of the open run in shifts
  let target = -1; // index of the open run in targets
  // A second unit one or two on (case pairs alternate) sets a run's stride.
  const extends_ = (runs: number[], at: number, code: number, value: number) => {
    if (at < 0 || runs[at + 3] !== value) return false;
    const [first, count, stride] = [runs[at], runs[at + 1], runs[at + 2]];
    const step = count === 1 && code - first <= 2 ? code - first : stride;
    if (code !== first + (count - 1) * stride + step) return false;
    runs[at + 1] = count + 1;
    runs[at + 2] = step;
    return true;
  };
  changed.forEach((code, i) => {
    if (extends_(targets, target, code, table[code]) || extends_(shifts, shift, code, table[code] - code)) return;
    const next = changed[i + 1];
    if (next !== undefined && next - code <= 2 && table[next] === table[code]) {
      target = targets.length;
      targets.push(code, 1, 1, table[code]);
    } else {
      shift = shifts.length;
      shifts.push(code, 1, 1, table[code] - code);
    }
  });
  return { shifts, targets };
}

/** The units whose table entry is 1, as [start, end) pairs (read by `tableFromRanges`, index.ts). */
export function setRanges(table: Uint8Array): number[] {
  const ranges: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (table[code] !== 1) continue;
    const start = code;
    while (code + 1 < 0x10000 && table[code + 1] === 1) code++;
    ranges.push(start, code + 1);
  }
  return ranges;
}
