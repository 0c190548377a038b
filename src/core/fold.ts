// Case and accent folding by a per-code-unit table. Folding never changes the
// length of a string, so an offset in folded text is the same offset in the
// original: matches found in folded text map back without bookkeeping.

// Built on the first fold, not at import: building it takes tens of milliseconds,
// which a module that merely imports this one (the extension's activation) should not pay.
let foldTable: Uint16Array | undefined;

function table(): Uint16Array {
  return (foldTable ??= buildFoldTable());
}

/**
 * Blocks of code units that fold to themselves: no case, no canonical decomposition into a
 * letter and accents (CJK ideographs, Yi, Hangul syllables, private use, surrogates). Skipping
 * them makes building the table several times faster; a unit test checks each folds to itself.
 */
export const UNCHANGED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa48f], [0xac00, 0xd7a3], [0xd800, 0xdfff], [0xe000, 0xf8ff],
];

/** What one code unit folds to: lower case, without the accents its decomposition adds. */
export function foldedUnit(code: number): number {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  let folded = lower.length === 1 ? lower : ch;
  const base = folded.normalize('NFD');
  // Keep the base letter when decomposition only adds combining marks.
  if (base.length > 1 && !/[^\u0300-\u036f]/u.test(base.slice(1))) folded = base[0];
  // "İ" lowers to two units, so it was kept and decomposed to "I": lower the base too.
  const lowerBase = folded.toLowerCase();
  return (lowerBase.length === 1 ? lowerBase : folded).charCodeAt(0);
}

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  let block = 0;
  for (let code = 0; code < 0x10000; code++) {
    const skip = UNCHANGED_BLOCKS[block];
    if (skip && code >= skip[0]) {
      for (; code <= skip[1]; code++) table[code] = code;
      code--;
      block++;
      continue;
    }
    table[code] = foldedUnit(code);
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

/** Folds one UTF-16 code unit. */
export function foldCode(code: number): number {
  return (foldTable ?? table())[code];
}

const CHUNK = 8192;

/** Lower-cases and strips accents, keeping the length (and so every offset). */
export function fold(text: string): string {
  const n = text.length;
  const folds = foldTable ?? table();
  if (n <= CHUNK) {
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) codes[i] = folds[text.charCodeAt(i)];
    return String.fromCharCode.apply(null, codes as unknown as number[]);
  }
  const parts: string[] = [];
  const codes = new Uint16Array(CHUNK);
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    for (let i = start; i < end; i++) codes[i - start] = folds[text.charCodeAt(i)];
    parts.push(String.fromCharCode.apply(null, (end - start === CHUNK ? codes : codes.subarray(0, end - start)) as unknown as number[]));
  }
  return parts.join('');
}

/** Folded form with combining marks removed and white space collapsed: a key for comparing names. */
export function nameKey(name: string): string {
  return fold(name.normalize('NFC'))
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.'’]/g, '')
    .replace(/[\s\-‐]+/g, ' ')
    .trim();
}
