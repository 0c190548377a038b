// The library: every loaded dossier, with actors merged across articles and a
// name index over all of them. Built once per change of the dossier set; the
// features read from it and never re-parse a dossier.
import { resolveAnchor, TextRange } from './anchor';
import { compareDates } from './dates';
import { nameKey } from './fold';
import { Actor, ActorKind, Dossier, DossierEvent, Quote } from './model';
import { actorRef, IdentityJudgement } from './identities';
import { NameIndex, splitWords } from './nameIndex';

export interface LoadedDossier {
  /** Where the dossier came from (a URI string); unique in a library. */
  source: string;
  dossier: Dossier;
  /** The article text, when it could be read. */
  articleText?: string;
  /** Where the article text lives (a URI string), for revealing passages. */
  articleSource?: string;
  /** The bundled sample rather than a user's file. */
  isSample?: boolean;
}

/** One actor of the library: the same person in several dossiers is one LibraryActor. */
export interface LibraryActor {
  /** Stable key: the actor id, suffixed when two different actors share an id. */
  key: string;
  kind: ActorKind;
  /** As the (first) dossier spells it. */
  name: string;
  role?: string;
  aliases: string[];
  appearances: ActorAppearance[];
}

export interface ActorAppearance {
  dossier: LoadedDossier;
  actor: Actor;
}

export interface LibraryQuote {
  key: string;
  quote: Quote;
  dossier: LoadedDossier;
  speaker?: LibraryActor;
}

export interface LibraryEvent {
  key: string;
  event: DossierEvent;
  dossier: LoadedDossier;
  actors: LibraryActor[];
}

/** A warning about the library as a whole (not one file's syntax). */
export interface LibraryWarning {
  source: string;
  actorId: string;
  message: string;
}

export class Library {
  readonly actors: LibraryActor[] = [];
  readonly quotes: LibraryQuote[] = [];
  /** In timeline order. */
  readonly events: LibraryEvent[] = [];
  readonly warnings: LibraryWarning[] = [];
  readonly names: NameIndex<LibraryActor>;
  private readonly actorByRef = new Map<string, LibraryActor>();
  private readonly quoteByKey = new Map<string, LibraryQuote>();
  private readonly actorsByKey = new Map<string, LibraryActor>();
  private readonly quotesBySpeaker = new Map<LibraryActor, LibraryQuote[]>();
  private readonly eventsByActor = new Map<LibraryActor, LibraryEvent[]>();

  /** `identities`: a person's judgements that two actors are, or are not, the same (sourcebook.identities.yaml). */
  constructor(readonly dossiers: readonly LoadedDossier[], identities: readonly IdentityJudgement[] = []) {
    this.mergeActors(identities);
    for (const actor of this.actors) this.actorsByKey.set(actor.key, actor);
    for (const loaded of dossiers) {
      const articleId = loaded.dossier.article.id;
      for (const quote of loaded.dossier.quotes) {
        const entry: LibraryQuote = {
          key: `${articleId}/${quote.id}`,
          quote,
          dossier: loaded,
          speaker: quote.speaker ? this.actorOf(loaded, quote.speaker) : undefined,
        };
        this.quotes.push(entry);
        if (!this.quoteByKey.has(entry.key)) this.quoteByKey.set(entry.key, entry);
      }
      for (const event of loaded.dossier.events) {
        const actors = event.actors.map((id) => this.actorOf(loaded, id)).filter((a): a is LibraryActor => !!a);
        this.events.push({ key: `${articleId}/${event.id}`, event, dossier: loaded, actors });
      }
    }
    this.events.sort((a, b) => compareDates(a.event.date, b.event.date));
    for (const entry of this.quotes) if (entry.speaker) pushTo(this.quotesBySpeaker, entry.speaker, entry);
    for (const entry of this.events) for (const actor of new Set(entry.actors)) pushTo(this.eventsByActor, actor, entry);
    this.names = buildNameIndex(this.actors);
  }

  get isEmpty(): boolean {
    return this.dossiers.length === 0;
  }

  get onlySample(): boolean {
    return this.dossiers.every((d) => d.isSample);
  }

  /** The library actor for an actor id as used inside one dossier. */
  actorOf(dossier: LoadedDossier, actorId: string): LibraryActor | undefined {
    return this.actorByRef.get(refKey(dossier, actorId));
  }

  actorByKey(key: string): LibraryActor | undefined {
    return this.actorsByKey.get(key);
  }

  /** A quote by id; `articleId` picks among dossiers when ids repeat. */
  findQuote(quoteId: string, articleId?: string): LibraryQuote | undefined {
    if (articleId) return this.quoteByKey.get(`${articleId}/${quoteId}`);
    return this.quotes.find((q) => q.quote.id === quoteId || q.key === quoteId);
  }

  /** A quote by its library key, "article-id/quote-id". */
  quote(key: string): LibraryQuote | undefined {
    return this.quoteByKey.get(key);
  }

  quotesBy(actor: LibraryActor): readonly LibraryQuote[] {
    return this.quotesBySpeaker.get(actor) ?? [];
  }

  /** In timeline order. */
  eventsOf(actor: LibraryActor): readonly LibraryEvent[] {
    return this.eventsByActor.get(actor) ?? [];
  }

  /** Where the actor is named in each article it appears in (each article scanned once, on first use). */
  mentions(actor: LibraryActor): Map<LoadedDossier, TextRange[]> {
    const byDossier = new Map<LoadedDossier, TextRange[]>();
    for (const { dossier, actor: own } of actor.appearances) {
      const ranges = mentionsIn(dossier).get(own.id);
      if (ranges?.length) byDossier.set(dossier, [...(byDossier.get(dossier) ?? []), ...ranges]);
    }
    return byDossier;
  }

  mentionCount(actor: LibraryActor): number {
    let count = 0;
    for (const ranges of this.mentions(actor).values()) count += ranges.length;
    return count;
  }

  /** The passage of a quote in its article, or undefined when its words are not there. */
  quotePassage(entry: LibraryQuote): TextRange | undefined {
    const text = entry.dossier.articleText;
    if (!text) return undefined;
    return resolveAnchor(text, entry.quote.anchor ?? { exact: entry.quote.text });
  }

  eventPassage(entry: LibraryEvent): TextRange | undefined {
    const text = entry.dossier.articleText;
    if (!text || !entry.event.anchor) return undefined;
    return resolveAnchor(text, entry.event.anchor);
  }

  private mergeActors(identities: readonly IdentityJudgement[]): void {
    // Same id and compatible names, or the same folded name: one actor.
    // Same id but different names: two actors, and a warning.
    // A person's judgement overrides both: "same" joins, "not the same" keeps apart.
    const judged = judgementsByRef(identities);
    const placed = new Map<string, LibraryActor>();
    // Only actors someone judged are compared appearance by appearance (a thousand dossiers share some actors).
    const apart = (candidate: LibraryActor, ref: string) => {
      const others = judged.different.get(ref);
      return !!others?.size && candidate.appearances.some((a) => others.has(appearanceRef(a)));
    };
    const byName = new Map<string, LibraryActor>();
    const byId = new Map<string, LibraryActor[]>();
    // Folded forms are computed once per actor: a thousand dossiers sharing an
    // id compare each actor with every earlier one (8 s when folded each time).
    const nameKeyOf = new Map<LibraryActor, string>();
    const formsOf = new Map<LibraryActor, Set<string>>();
    const aliasesOf = new Map<LibraryActor, Set<string>>();
    for (const loaded of this.dossiers) {
      for (const actor of loaded.dossier.actors) {
        const key = nameKey(actor.name);
        const ref = actorRef(loaded.dossier.article.id, actor.id);
        const aliasKeys = new Set(actor.aliases.map(nameKey));
        const sameId = byId.get(actor.id) ?? [];
        // Compatible names: one is the other's name or alias.
        const agrees = (candidate: LibraryActor) => formsOf.get(candidate)!.has(key) || aliasKeys.has(nameKeyOf.get(candidate)!);
        const joined = [...(judged.same.get(ref) ?? [])].map((other) => placed.get(other)).find((a): a is LibraryActor => !!a && !apart(a, ref));
        const byOwnName = byName.get(key);
        let merged = joined ?? (byOwnName && !apart(byOwnName, ref) ? byOwnName : undefined) ?? sameId.find((c) => agrees(c) && !apart(c, ref));
        if (!merged) {
          const conflict = sameId[0];
          if (conflict && !apart(conflict, ref)) {
            this.warnings.push({
              source: loaded.source,
              actorId: actor.id,
              message: `Actor id "${actor.id}" is "${actor.name}" here but "${conflict.name}" in ${conflict.appearances[0].dossier.source}; they are shown as two actors.`,
            });
          }
          merged = {
            key: conflict ? `${actor.id}@${loaded.dossier.article.id}` : actor.id,
            kind: actor.kind,
            name: actor.name,
            role: actor.role,
            aliases: [],
            appearances: [],
          };
          this.actors.push(merged);
          nameKeyOf.set(merged, key);
          formsOf.set(merged, new Set([key]));
          byName.set(key, merged);
          byId.set(actor.id, [...sameId, merged]);
        }
        merged.appearances.push({ dossier: loaded, actor });
        placed.set(ref, merged);
        merged.role ??= actor.role;
        // A set beside the list: `includes` per alias was quadratic in one actor's aliases.
        let aliasSet = aliasesOf.get(merged);
        if (!aliasSet) aliasesOf.set(merged, (aliasSet = new Set(merged.aliases)));
        // Joined by a judgement under another name: that name finds the actor too.
        if (!formsOf.get(merged)!.has(key)) {
          formsOf.get(merged)!.add(key);
          if (!aliasSet.has(actor.name)) { aliasSet.add(actor.name); merged.aliases.push(actor.name); }
        }
        for (const alias of actor.aliases) if (!aliasSet.has(alias)) { aliasSet.add(alias); merged.aliases.push(alias); }
        for (const aliasKey of aliasKeys) formsOf.get(merged)!.add(aliasKey);
        this.actorByRef.set(refKey(loaded, actor.id), merged);
      }
    }
  }
}

/**
 * Mentions of a dossier's own actors in its article, by actor id. Cached per
 * loaded dossier, which outlives library rebuilds while its file is unchanged:
 * a change to one dossier does not rescan every article.
 */
const mentionsByDossier = new WeakMap<LoadedDossier, Map<string, TextRange[]>>();

function mentionsIn(loaded: LoadedDossier): Map<string, TextRange[]> {
  let byActor = mentionsByDossier.get(loaded);
  if (byActor) return byActor;
  byActor = new Map();
  if (loaded.articleText) {
    const index = new NameIndex<string>();
    for (const actor of loaded.dossier.actors) {
      for (const form of [actor.name, ...actor.aliases, ...derivedForms(actor)]) index.add(form, actor.id);
    }
    for (const match of index.findAll(loaded.articleText)) {
      for (const id of match.targets) pushTo(byActor, id, { start: match.start, end: match.end });
    }
  }
  mentionsByDossier.set(loaded, byActor);
  return byActor;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function appearanceRef(appearance: ActorAppearance): string {
  return actorRef(appearance.dossier.dossier.article.id, appearance.actor.id);
}

/** Judgements by actor ref, both ways; the last judgement of a pair wins. */
function judgementsByRef(identities: readonly IdentityJudgement[]): { same: Map<string, Set<string>>; different: Map<string, Set<string>> } {
  const same = new Map<string, Set<string>>();
  const different = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, a: string, b: string, on: boolean) => {
    if (on) (map.get(a) ?? map.set(a, new Set()).get(a)!).add(b);
    else map.get(a)?.delete(b);
  };
  for (const { actors: [a, b], same: isSame } of identities) {
    for (const [x, y] of [[a, b], [b, a]]) {
      link(same, x, y, isSame);
      link(different, x, y, !isSame);
    }
  }
  return { same, different };
}

function refKey(dossier: LoadedDossier, actorId: string): string {
  return `${dossier.source}\u0000${actorId}`;
}

/** Surname forms a writer uses for people the dossier names in full ("Duque" for "Iván Duque"). */
export function derivedForms(actor: Pick<LibraryActor, 'kind' | 'name'>): string[] {
  if (actor.kind !== 'person') return [];
  const words = actor.name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  const forms: string[] = [];
  const last = words[words.length - 1];
  if (splitWords(last).join('').length >= 3) forms.push(last);
  if (words.length >= 3) forms.push(words.slice(1).join(' '));
  return forms;
}

export function buildNameIndex(actors: readonly LibraryActor[]): NameIndex<LibraryActor> {
  const index = new NameIndex<LibraryActor>();
  for (const actor of actors) {
    index.add(actor.name, actor);
    for (const alias of actor.aliases) index.add(alias, actor);
    for (const form of derivedForms(actor)) index.add(form, actor);
  }
  return index;
}
