// Lookups the sidebar needs on every expansion, built once per library in one
// pass (those the library itself indexes are asked of it): with 10,000 actors
// a per-actor `filter` over every quote would make expanding a group quadratic.
import { Library, LibraryActor, LibraryEvent, LibraryQuote } from '../library';
import { ActorKind } from '../model';

/** What an actor's row shows, gathered once per library: one lookup per row. */
export interface ActorFacts {
  speech: readonly LibraryQuote[];
  terms: readonly LibraryQuote[];
  /** In timeline order. */
  events: readonly LibraryEvent[];
  /** Counted on first use or by `countMentions`. */
  mentions?: number;
}

const NONE: readonly never[] = [];

export class LibraryViewIndex {
  readonly actorsByKind = new Map<ActorKind, LibraryActor[]>();
  /** Speakers of speech quotes, in the order of their first quote. */
  readonly speakers: LibraryActor[] = [];
  /** Speech quotes credited to nobody. */
  readonly unattributed: LibraryQuote[] = [];
  /** Words in quotation marks that nobody said ("trochas"). */
  readonly terms: LibraryQuote[] = [];
  private readonly facts = new Map<LibraryActor, ActorFacts>();
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
      this.facts.set(actor, { speech: NONE, terms: NONE, events: library.eventsOf(actor) });
    }
    for (const entry of library.quotes) {
      const facts = entry.speaker && this.factsOf(entry.speaker);
      if (entry.quote.kind === 'term') {
        this.terms.push(entry);
        if (facts) facts.terms = appended(facts.terms, entry);
      } else if (!facts) {
        this.unattributed.push(entry);
      } else {
        if (facts.speech === NONE) this.speakers.push(entry.speaker!);
        facts.speech = appended(facts.speech, entry);
      }
    }
    for (const entry of library.events) {
      this.eventByRef.set(eventRef(entry.dossier.dossier.article.id, entry.event.id), entry);
    }
  }

  /** An actor's quotes, terms and events (and its mention count once counted). */
  factsOf(actor: LibraryActor): ActorFacts {
    let facts = this.facts.get(actor);
    if (!facts) this.facts.set(actor, (facts = { speech: NONE, terms: NONE, events: this.library.eventsOf(actor) }));
    return facts;
  }

  /** How often an actor is named in its articles: found once per article (the library caches that), summed once per actor. */
  mentionCount(actor: LibraryActor, facts = this.factsOf(actor)): number {
    return (facts.mentions ??= this.library.mentionCount(actor));
  }

  /**
   * Counts every actor's mentions ahead of the first expansion, one actor a
   * step: finding them reads every article, seconds for thousands of them,
   * so the extension runs these steps in slices after each load
   * (src/vscode/tree/mentionPass.ts) rather than when a group is opened.
   */
  *countMentions(): Generator<void, void, void> {
    for (const actor of this.library.actors) {
      const facts = this.factsOf(actor);
      if (facts.mentions !== undefined) continue;
      this.mentionCount(actor, facts);
      yield;
    }
  }

  actor(key: string): LibraryActor | undefined {
    return this.library.actorByKey(key);
  }

  speechBy(actor: LibraryActor): readonly LibraryQuote[] {
    return this.factsOf(actor).speech;
  }

  termsBy(actor: LibraryActor): readonly LibraryQuote[] {
    return this.factsOf(actor).terms;
  }

  /** In timeline order. */
  eventsOf(actor: LibraryActor): readonly LibraryEvent[] {
    return this.factsOf(actor).events;
  }

  event(eventId: string, articleId?: string): LibraryEvent | undefined {
    if (articleId) return this.eventByRef.get(eventRef(articleId, eventId));
    return this.library.events.find((e) => e.event.id === eventId);
  }
}

/** `list` with `entry` added: a new list in place of the shared empty one, else the same list. */
function appended(list: readonly LibraryQuote[], entry: LibraryQuote): LibraryQuote[] {
  if (list === NONE) return [entry];
  (list as LibraryQuote[]).push(entry);
  return list as LibraryQuote[];
}

function eventRef(articleId: string, eventId: string): string {
  return `${articleId}\u0000${eventId}`;
}
