// Checks a parsed dossier against its article text: every quote and anchored
// passage must be found in it, word for word.
import { countOccurrences, resolveAnchor } from '../anchor';
import { Dossier } from '../model';
import { ParsedDossier } from './parse';
import { LineMap, Problem, Severity } from './problems';

export function checkAgainstArticle(dossierText: string, parsed: ParsedDossier, dossier: Dossier, articleText: string): Problem[] {
  const lines = new LineMap(dossierText);
  const problems: Problem[] = [];
  const report = (severity: Severity, message: string, path: (string | number)[]): void => {
    const { start, end } = parsed.locate(path);
    problems.push({ severity, message, start, end, ...lines.position(start) });
  };

  dossier.quotes.forEach((quote, index) => {
    if (quote.anchor) {
      if (!resolveAnchor(articleText, quote.anchor)) report('error', `The anchored words of quote "${quote.id}" are not in the article.`, ['quotes', index, 'anchor', 'exact']);
      else if (!isQuotedWithin(quote.anchor.exact, quote.text)) report('error', `Quote "${quote.id}": its text is not inside its anchor's exact words.`, ['quotes', index, 'text']);
      return;
    }
    const occurrences = countOccurrences(articleText, quote.text);
    if (occurrences === 0) report('error', `Quote "${quote.id}" is not in the article word for word.`, ['quotes', index, 'text']);
    else if (occurrences > 1) report('warning', `Quote "${quote.id}" occurs more than once in the article; add an anchor (exact, prefix, suffix) to say which.`, ['quotes', index, 'text']);
  });
  dossier.events.forEach((event, index) => {
    if (event.anchor && !resolveAnchor(articleText, event.anchor)) {
      report('error', `The anchored passage of event "${event.id}" is not in the article.`, ['events', index, 'anchor', 'exact']);
    }
  });
  return problems;
}

const QUOTE_MARK = /["“”‘’'«»„‚‹›]/;
const MAX_PIECE_SEARCH_WORDS = 400;

/**
 * The quote's words are its anchor's words: one run of them, or a quote split
 * around its attribution or continued in the next paragraph, whose parts are
 * joined by a space; between two parts the anchor must close and reopen a
 * quotation, so a word left out of the middle of a quote is still caught.
 */
function isQuotedWithin(exact: string, text: string): boolean {
  if (exact.includes(text)) return true;
  const words = text.split(' ');
  if (words.length > MAX_PIECE_SEARCH_WORDS) return false;
  let cursor = 0;
  for (let i = 0; i < words.length; ) {
    let found = false;
    for (let j = words.length; j > i; j--) {
      const at = exact.indexOf(words.slice(i, j).join(' '), cursor);
      if (at === -1 || (i > 0 && !QUOTE_MARK.test(exact.slice(cursor, at)))) continue;
      cursor = at + words.slice(i, j).join(' ').length;
      i = j;
      found = true;
      break;
    }
    if (!found) return false;
  }
  return true;
}
