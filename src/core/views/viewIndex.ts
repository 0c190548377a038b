// Lookups the sidebar needs on every expansion, built once per library in one
// pass (those the library itself indexes are asked of it): with 10,000 actors
// a per-actor `filter` over every quote would make expanding a group quadratic.
import { Library, LibraryActor, LibraryEvent, LibraryQuote } from '../library';
import { ActorKind } from '../model';

export class LibraryViewIndex {
  readonly actorsByKind = new Map<ActorKind, LibraryActor[]>();
  /** Speakers of speech quotes, in the order of their first quote. */
  readonly speakers: LibraryActor[] = [];
  /** Speech quotes credited to nobody. */
  readonly unattributed: LibraryQuote[] = [];
  /** Words in quotation marks that nobody said ("trochas"). */
  readonly terms: LibraryQuote[] = [];
  private readonly speechByActor = new Map<LibraryActor, LibraryQuote[]>();
  private readonly termsByActor = new Map<LibraryActor, LibraryQuote[]>();
  private readonly eventByRef = new Map<string, LibraryEvent>();

  private static readonly cache = new WeakMap<Library, LibraryViewIndex>();

  /** The index of `library`, built on first use. */
  static of(library: Library): LibraryViewIndex {
    let index = this.cache.get(library);
    if (!index) this.cache.set(library, (index = new LibraryViewIndex(library)));
    return index;
  }

  private constructor(readonly library: Library) {
    for (const actor of library.actors) {
      const ofKind = this.actorsByKind.get(actor.kind) ?? [];
      ofKind.push(actor);
      this.actorsByKind.set(actor.kind, ofKind);
    }
    for (const entry of library.quotes) {
      if (entry.quote.kind === 'term') {
        this.terms.push(entry);
        if (entry.speaker) push(this.termsByActor, entry.speaker, entry);
      } else if (!entry.speaker) {
        this.unattributed.push(entry);
      } else {
        if (!this.speechByActor.has(entry.speaker)) this.speakers.push(entry.speaker);
        push(this.speechByActor, entry.speaker, entry);
      }
    }
    for (const entry of library.events) {
      this.eventByRef.set(eventRef(entry.dossier.dossier.article.id, entry.event.id), entry);
    }
  }

  actor(key: string): LibraryActor | undefined {
    return this.library.actorByKey(key);
  }

  speechBy(actor: LibraryActor): readonly LibraryQuote[] {
    return this.speechByActor.get(actor) ?? [];
  }

  termsBy(actor: LibraryActor): readonly LibraryQuote[] {
    return this.termsByActor.get(actor) ?? [];
  }

  /** In timeline order. */
  eventsOf(actor: LibraryActor): readonly LibraryEvent[] {
    return this.library.eventsOf(actor);
  }

  event(eventId: string, articleId?: string): LibraryEvent | undefined {
    if (articleId) return this.eventByRef.get(eventRef(articleId, eventId));
    return this.library.events.find((e) => e.event.id === eventId);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function eventRef(articleId: string, eventId: string): string {
  return `${articleId}\u0000${eventId}`;
}
