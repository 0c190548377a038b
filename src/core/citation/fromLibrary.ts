// A library quote as the citation formatter needs it.
import { Library, LibraryQuote } from '../library';
import { QuoteToCite } from './citedQuote';
import { paragraphNumber } from './paragraph';

export function quoteToCite(library: Library, entry: LibraryQuote): QuoteToCite {
  const { quote, dossier: loaded } = entry;
  // The name as this quote's own dossier spells it (a merged actor carries the first dossier's).
  const speaker = loaded.dossier.actors.find((a) => a.id === quote.speaker)?.name ?? entry.speaker?.name;
  const text = loaded.articleText;
  const passage = library.quotePassage(entry);
  return {
    words: quote.text,
    speaker,
    attribution: quote.attribution,
    article: loaded.dossier.article,
    paragraph: text && passage ? paragraphNumber(text, passage.start) : undefined,
  };
}
