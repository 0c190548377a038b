// The writing checks of one draft against the library, and the indexes they
// read, built once per library (a new Library is made whenever a dossier
// changes, so caching by identity is always fresh).
import { Library } from '../library';
import { NameCompleter } from './nameCompletion';
import { NameSpellingIndex, SpellingFinding } from './nameSpelling';
import { QuoteIndex } from './quoteIndex';
import { checkQuotations, QuoteFinding } from './quoteIntegrity';

export type DraftFinding = QuoteFinding | SpellingFinding;

export interface CheckOptions {
  quotes: boolean;
  spelling: boolean;
  /** Also report names written without the dossier's accents. */
  accents: boolean;
}

interface CheckIndexes {
  quotes?: QuoteIndex;
  spelling?: NameSpellingIndex;
  completer?: NameCompleter;
}

const indexes = new WeakMap<Library, CheckIndexes>();

function indexesOf(library: Library): CheckIndexes {
  let found = indexes.get(library);
  if (!found) indexes.set(library, (found = {}));
  return found;
}

export function quoteIndexOf(library: Library): QuoteIndex {
  const cached = indexesOf(library);
  return (cached.quotes ??= new QuoteIndex(library.quotes));
}

export function spellingIndexOf(library: Library): NameSpellingIndex {
  const cached = indexesOf(library);
  return (cached.spelling ??= new NameSpellingIndex(library.actors));
}

export function nameCompleterOf(library: Library): NameCompleter {
  const cached = indexesOf(library);
  return (cached.completer ??= new NameCompleter(library.actors));
}

/** Every finding in `text`, in text order. */
export function checkDraft(text: string, library: Library, options: CheckOptions): DraftFinding[] {
  const findings: DraftFinding[] = [];
  if (options.quotes) findings.push(...checkQuotations(text, library, quoteIndexOf(library)));
  if (options.spelling) {
    const spelling = spellingIndexOf(library);
    const misspellings = spelling.findMisspellings(text, library.names);
    findings.push(...misspellings);
    if (options.accents) {
      const overlapsMisspelling = (f: SpellingFinding) => misspellings.some((m) => m.start < f.end && f.start < m.end);
      findings.push(...spelling.findMissingAccents(text, library.names).filter((f) => !overlapsMisspelling(f)));
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
