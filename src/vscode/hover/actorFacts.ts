// What a card shows about an actor, grouped once per library: a hover then
// costs a map lookup instead of a pass over every quote and event.
import type { Library, LibraryActor, LibraryEvent, LibraryQuote, LoadedDossier } from '../../core/library';

export interface ActorFacts {
  /** Speech before terms, newest article first, dossier order within an article. */
  quotes: LibraryQuote[];
  /** Timeline order. */
  events: LibraryEvent[];
  /** The articles naming the actor, newest first. */
  articles: LoadedDossier[];
}

const byLibrary = new WeakMap<Library, Map<LibraryActor, ActorFacts>>();

export function factsOf(library: Library, actor: LibraryActor): ActorFacts {
  let facts = byLibrary.get(library);
  if (!facts) byLibrary.set(library, (facts = groupFacts(library)));
  return facts.get(actor) ?? { quotes: [], events: [], articles: articlesOf(actor) };
}

function groupFacts(library: Library): Map<LibraryActor, ActorFacts> {
  const facts = new Map<LibraryActor, ActorFacts>();
  const of = (actor: LibraryActor): ActorFacts => {
    let entry = facts.get(actor);
    if (!entry) facts.set(actor, (entry = { quotes: [], events: [], articles: articlesOf(actor) }));
    return entry;
  };
  for (const quote of library.quotes) if (quote.speaker) of(quote.speaker).quotes.push(quote);
  for (const event of library.events) for (const actor of new Set(event.actors)) of(actor).events.push(event);
  for (const entry of facts.values()) entry.quotes.sort(quoteOrder);
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
