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
  // Word i starts at starts[i] in `text`, so a run of words is one slice of it.
  const starts: number[] = [];
  for (let i = 0, at = 0; i < words.length; at += words[i].length + 1, i++) starts.push(at);
  const piece = (i: number, j: number) => text.slice(starts[i], starts[j - 1] + words[j - 1].length);
  let cursor = 0;
  for (let i = 0; i < words.length; ) {
    // The longest run from word i found after the cursor, by binary search: a
    // run found means every shorter one is (where it starts or earlier).
    let low = i; // the longest run known to be found ends at word `low` (i: none yet)
    let high = words.length;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (exact.indexOf(piece(i, mid), cursor) !== -1) low = mid;
      else high = mid - 1;
    }
    if (low === i) return false;
    const run = piece(i, low);
    const at = exact.indexOf(run, cursor);
    // Between parts the anchor must close and reopen a quotation; a shorter
    // run starts no later, so it would fail the same test.
    if (i > 0 && !QUOTE_MARK.test(exact.slice(cursor, at))) return false;
    cursor = at + run.length;
    i = low;
  }
  return true;
}
