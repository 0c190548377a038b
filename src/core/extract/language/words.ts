// Building a language's word tables from the lists its module writes.

/** A set of the words of a blank-separated list; "_" joins the words of one entry ("went_on"). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')));
}

export function wordMap(entries: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(entries));
}
