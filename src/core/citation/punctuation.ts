// Punctuation around quoted words. The words themselves are never touched:
// only the mark that ends the quote is adjusted to what follows it, the way
// American usage does it (the comma before "said" goes inside the quotes).

/** The words, ending in the mark that fits before an attribution: `…ambassadors,` → `…ambassadors,`, `…working.` → `…working,`. */
export function beforeAttribution(words: string): string {
  const trimmed = words.trim();
  if (/[?!]$/.test(trimmed) || /,$/.test(trimmed)) return trimmed;
  if (endsWithEllipsis(trimmed)) return `${trimmed},`;
  return `${trimmed.replace(/[.;:]$/, '')},`;
}

/** The words with no closing mark, for a quote that ends a sentence of the writer's (the period follows the citation). */
export function withoutClosingMark(words: string): string {
  const trimmed = words.trim();
  if (endsWithEllipsis(trimmed) || /[?!]$/.test(trimmed)) return trimmed;
  return trimmed.replace(/[.,;:]$/, '');
}

function endsWithEllipsis(text: string): boolean {
  return /(…|\.\.\.)\]?$/.test(text);
}

/** Quotes inside the quote become single quotes, so the outer double quotes stay unambiguous. */
export function nestInnerQuotes(words: string): string {
  return words.replace(/“([^”]*)”/g, '‘$1’').replace(/"([^"]*)"/g, '‘$1’');
}

/** In LaTeX, inner quotes become nested \enquote, which csquotes typesets as single quotes. */
export function nestInnerQuotesLatex(escapedWords: string): string {
  return escapedWords.replace(/“([^”]*)”/g, '\\enquote{$1}').replace(/"([^"]*)"/g, '\\enquote{$1}');
}
