// Optimal string alignment distance (Levenshtein plus adjacent transpositions,
// "Guiadó" for "Guaidó"), cut off at a bound. Our own few lines rather than a
// package: fastest-levenshtein and its peers count a transposition as two
// edits and cannot stop early, and the names compared here are short.

/** Three rows of the distance table, reused across calls (names are short; they grow if needed). */
let rows: Int32Array[] = [0, 1, 2].map(() => new Int32Array(64));

/** The distance between `a` and `b`, or `bound + 1` as soon as it must exceed `bound`. */
export function boundedEditDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const width = b.length + 1;
  if (width > rows[0].length) rows = [0, 1, 2].map(() => new Int32Array(width * 2));
  let [before, previous, current] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > bound) return bound + 1;
    const reused = before;
    before = previous;
    previous = current;
    current = reused;
  }
  return Math.min(previous[b.length], bound + 1);
}

/** `word` and every string made by deleting one of its characters: two words within one edit share one. */
export function deletionVariants(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}
