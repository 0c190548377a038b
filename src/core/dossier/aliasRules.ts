// Which aliases a dossier may give an actor. An alias is searched for in
// every article and draft: an empty one, a single letter, a word like "the"
// or marks with no letter would match everywhere (or build an empty branch
// of the "find mentions" search), so they are refused where they are written.

/** Words too common to name anyone. */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'as', 'is', 'was', 'be',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'his', 'its', 'their', 'our', 'my', 'your', 'them', 'us', 'me',
  'this', 'that', 'these', 'those', 'who', 'which', 'what', 'not', 'no', 'yes', 'said', 'says',
  'el', 'la', 'los', 'las', 'le', 'les', 'de', 'del', 'der', 'die', 'das', 'und', 'et', 'y', 'un', 'une', 'una',
]);

/** Why `alias` cannot be an alias, or undefined when it can. */
export function aliasProblem(alias: string): string | undefined {
  if (alias.trim() === '') return 'An alias is empty or blank: it would match everywhere. Remove it.';
  const letters = alias.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters === 0) return `The alias "${alias}" has no letter or digit: it names no one. Remove it.`;
  if (letters === 1) return `The alias "${alias}" is a single letter: it would match everywhere. Give a longer form.`;
  // An acronym in capitals ("WHO", "US") is a name, not the common word.
  const word = alias.trim();
  if (STOP_WORDS.has(word.toLowerCase()) && word !== word.toUpperCase()) return `The alias "${alias.trim()}" is a common word: it would match in every sentence. Remove it.`;
  return undefined;
}
