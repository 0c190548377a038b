// What a card shows about an actor, from the library's indexes, ordered for
// the card once per actor.
import type { Library, LibraryActor, LibraryEvent, LibraryQuote, LoadedDossier } from '../library';

export interface ActorFacts {
  /** Speech before terms, newest article first, dossier order within an article. */
  quotes: LibraryQuote[];
  /** Timeline order. */
  events: LibraryEvent[];
  /** The articles naming the actor, newest first. */
  articles: LoadedDossier[];
}

/** Per actor of a library (a new library has new actors, so old entries fall away). */
const cache = new WeakMap<LibraryActor, ActorFacts>();

export function factsOf(library: Library, actor: LibraryActor): ActorFacts {
  let facts = cache.get(actor);
  if (!facts) {
    facts = { quotes: [...library.quotesBy(actor)].sort(quoteOrder), events: [...library.eventsOf(actor)], articles: articlesOf(actor) };
    cache.set(actor, facts);
  }
  return facts;
}

function articlesOf(actor: LibraryActor): LoadedDossier[] {
  return [...new Set(actor.appearances.map((a) => a.dossier))].sort((a, b) => newestFirst(a, b));
}

function quoteOrder(a: LibraryQuote, b: LibraryQuote): number {
  if (a.quote.kind !== b.quote.kind) return a.quote.kind === 'speech' ? -1 : 1;
  return newestFirst(a.dossier, b.dossier); // Array.sort is stable: dossier order stays within an article
}

function newestFirst(a: LoadedDossier, b: LoadedDossier): number {
  const x = a.dossier.article.published ?? '';
  const y = b.dossier.article.published ?? '';
  return x === y ? 0 : x < y ? 1 : -1;
}
