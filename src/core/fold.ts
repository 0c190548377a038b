// Case and accent folding by a per-code-unit table. Folding never changes the
// length of a string, so an offset in folded text is the same offset in the
// original: matches found in folded text map back without bookkeeping. The
// table's rules are in unicodeTables/rules.ts, applied at build time.
import { FOLD_TABLE } from './unicodeTables';

/** Folds one UTF-16 code unit. */
export function foldCode(code: number): number {
  return FOLD_TABLE[code];
}

const CHUNK = 8192;

/** Lower-cases and strips accents, keeping the length (and so every offset). */
export function fold(text: string): string {
  const n = text.length;
  if (n <= CHUNK) {
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) codes[i] = FOLD_TABLE[text.charCodeAt(i)];
    return String.fromCharCode.apply(null, codes as unknown as number[]);
  }
  const parts: string[] = [];
  const codes = new Uint16Array(CHUNK);
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    for (let i = start; i < end; i++) codes[i - start] = FOLD_TABLE[text.charCodeAt(i)];
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
