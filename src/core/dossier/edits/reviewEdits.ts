// The corrections a writer makes while reviewing a dossier, each planned as
// minimal text edits of the dossier's YAML and checked by parsing the result:
// an edit that would leave the dossier invalid is refused, with the reason.
import { isValidPartialDate, parsePartialDate } from '../../dates';
import { nameKey } from '../../fold';
import { Actor, ActorKind, ACTOR_KINDS, Anchor, Dossier, QuoteKind, QUOTE_KINDS } from '../../model';
import { parseDossier } from '../parse';
import { DossierEditor, EditRefused, ListKey } from './dossierEditor';
import { flowMap, slugOf, TextEdit, uniqueId, yamlString } from './yamlSource';

export type ReviewItem = 'actor' | 'event' | 'quote';

/** What a planned correction gives: the edits and the text after them, or why nothing changes. */
export type EditPlan =
  | { ok: true; edits: TextEdit[]; text: string; /** The id of an item created. */ id?: string }
  | { ok: false; message: string };

export interface NewQuote { kind: QuoteKind; speaker: string | null; text: string; anchor?: Anchor; attribution?: string }
export interface NewActor { kind: ActorKind; name: string; role?: string }
export interface NewEvent { title: string; date?: string; approximate?: boolean; anchor?: Anchor; actors?: string[] }

const LISTS: Record<ReviewItem, ListKey> = { actor: 'actors', event: 'events', quote: 'quotes' };

export function addQuote(text: string, quote: NewQuote): EditPlan {
  return plan(text, (editor, dossier) => {
    const words = quote.text.trim();
    if (!words) throw new EditRefused('The selection is empty: select the words of the quote.');
    if (!QUOTE_KINDS.includes(quote.kind)) throw new EditRefused(`A quote's kind is speech or term.`);
    if (quote.speaker !== null) actorOf(dossier, quote.speaker);
    const id = uniqueId(slugOf(`${quote.speaker ?? quote.kind} ${words}`, 5), new Set(dossier.quotes.map((q) => q.id)), 'quote');
    const lines = [`id: ${id}`, `kind: ${quote.kind}`, `speaker: ${quote.speaker ?? 'null'}`, `text: ${yamlString(words)}`];
    if (quote.attribution) lines.push(`attribution: ${yamlString(quote.attribution)}`);
    if (quote.anchor) lines.push(`anchor: ${anchorText(quote.anchor)}`);
    editor.appendItem('quotes', lines);
    return id;
  });
}

export function addActor(text: string, actor: NewActor): EditPlan {
  return plan(text, (editor, dossier) => {
    const name = actor.name.trim();
    if (!name) throw new EditRefused('The selection is empty: select the actor\'s name.');
    if (!ACTOR_KINDS.includes(actor.kind)) throw new EditRefused(`An actor's kind is one of ${ACTOR_KINDS.join(', ')}.`);
    const key = nameKey(name);
    const same = dossier.actors.find((a) => nameKey(a.name) === key || a.aliases.some((alias) => nameKey(alias) === key));
    if (same) throw new EditRefused(`This dossier already has that name, as actor "${same.id}".`);
    const id = uniqueId(slugOf(name), new Set(dossier.actors.map((a) => a.id)), 'actor');
    const lines = [`id: ${id}`, `kind: ${actor.kind}`, `name: ${yamlString(name)}`];
    if (actor.role?.trim()) lines.push(`role: ${yamlString(actor.role.trim())}`);
    editor.appendItem('actors', lines);
    return id;
  });
}

export function addAlias(text: string, actorId: string, alias: string): EditPlan {
  return plan(text, (editor, dossier) => {
    const words = alias.trim();
    if (!words) throw new EditRefused('The selection is empty: select the name to add as an alias.');
    const actor = actorOf(dossier, actorId);
    if (actor.name === words || actor.aliases.includes(words)) throw new EditRefused(`Actor "${actor.id}" already has that name.`);
    editor.setStringList(editor.item('actors', actorId)!, 'aliases', [...actor.aliases, words]);
  });
}

export function addEvent(text: string, event: NewEvent): EditPlan {
  return plan(text, (editor, dossier) => {
    const title = event.title.trim();
    if (!title) throw new EditRefused('An event needs a title.');
    if (event.date !== undefined && !isValidPartialDate(event.date)) throw new EditRefused('The date must be YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date).');
    for (const id of event.actors ?? []) actorOf(dossier, id);
    const id = uniqueId(slugOf(title), new Set(dossier.events.map((e) => e.id)), 'event');
    const lines = [`id: ${id}`];
    // A bare year would read back as a number: quote it, as the sample does.
    if (event.date !== undefined) lines.push(`date: ${parsePartialDate(event.date)?.month === undefined ? `"${event.date}"` : event.date}`);
    if (event.approximate) lines.push('approximate: true');
    lines.push(`title: ${yamlString(title)}`, `actors: [${(event.actors ?? []).join(', ')}]`);
    if (event.anchor) lines.push(`anchor: ${anchorText(event.anchor)}`);
    editor.appendItem('events', lines);
    return id;
  });
}

export function changeSpeaker(text: string, quoteId: string, speaker: string | null): EditPlan {
  return plan(text, (editor, dossier) => {
    const quote = dossier.quotes.find((q) => q.id === quoteId);
    if (!quote) throw new EditRefused(`No quote of this dossier has the id "${quoteId}".`);
    if (speaker !== null) actorOf(dossier, speaker);
    if (quote.speaker === speaker) throw new EditRefused('The quote already has that speaker.');
    editor.set(editor.item('quotes', quoteId)!, 'speaker', speaker ?? 'null');
  });
}

/** Sets `reviewed: true` on one item, or on every extracted item of the dossier not yet reviewed. */
export function markReviewed(text: string, item: ReviewItem | 'dossier', id?: string): EditPlan {
  return plan(text, (editor, dossier) => {
    if (item === 'dossier') {
      let count = 0;
      for (const kind of ['actor', 'event', 'quote'] as const) {
        for (const entry of listOf(dossier, kind)) {
          if (entry.reviewed === true || entry.confidence === undefined) continue; // hand-written items count as reviewed
          editor.set(editor.item(LISTS[kind], entry.id)!, 'reviewed', 'true');
          count++;
        }
      }
      if (count === 0) throw new EditRefused('Every item of this dossier is already reviewed.');
      return;
    }
    const entry = itemOf(dossier, item, id);
    if (entry.reviewed === true) throw new EditRefused(`This ${item} is already marked reviewed.`);
    editor.set(editor.item(LISTS[item], entry.id)!, 'reviewed', 'true');
  });
}

/** What removing an actor changes elsewhere: the quotes that lose their speaker, the events that lose it. */
export function referencesTo(dossier: Dossier, actorId: string): { quotes: string[]; events: string[] } {
  return {
    quotes: dossier.quotes.filter((q) => q.speaker === actorId).map((q) => q.id),
    events: dossier.events.filter((e) => e.actors.includes(actorId)).map((e) => e.id),
  };
}

/** Removes an item; an actor takes every reference with it (speakers become null, event actor lists shrink). */
export function removeItem(text: string, item: ReviewItem, id: string): EditPlan {
  return plan(text, (editor, dossier) => {
    const entry = itemOf(dossier, item, id);
    if (item === 'actor') rewriteReferences(editor, dossier, id, null);
    editor.removeItem(LISTS[item], editor.item(LISTS[item], entry.id)!);
  });
}

/** Merges actor `from` into `into`: names joined as aliases, every reference rewritten, `from` removed. */
export function mergeActors(text: string, into: string, from: string): EditPlan {
  return plan(text, (editor, dossier) => {
    if (into === from) throw new EditRefused('An actor cannot be merged into itself.');
    const target = actorOf(dossier, into);
    const source = actorOf(dossier, from);
    const aliases = [...target.aliases];
    for (const name of [source.name, ...source.aliases]) if (name !== target.name && !aliases.includes(name)) aliases.push(name);
    const targetMap = editor.item('actors', into)!;
    if (aliases.length !== target.aliases.length) editor.setStringList(targetMap, 'aliases', aliases);
    if (!target.role && source.role) editor.set(targetMap, 'role', yamlString(source.role));
    rewriteReferences(editor, dossier, from, into);
    editor.removeItem('actors', editor.item('actors', from)!);
  });
}

/** Speakers `from` → `to` (null: nobody); event actor lists drop `from` or name `to` instead (once). */
function rewriteReferences(editor: DossierEditor, dossier: Dossier, from: string, to: string | null): void {
  for (const quote of dossier.quotes) {
    if (quote.speaker === from) editor.set(editor.item('quotes', quote.id)!, 'speaker', to ?? 'null');
  }
  for (const event of dossier.events) {
    if (!event.actors.includes(from)) continue;
    const actors: string[] = [];
    for (const id of event.actors) {
      const next = id === from ? to : id;
      if (next !== null && !actors.includes(next)) actors.push(next);
    }
    editor.setStringList(editor.item('events', event.id)!, 'actors', actors);
  }
}

function plan(text: string, change: (editor: DossierEditor, dossier: Dossier) => string | void): EditPlan {
  const before = parseDossier(text);
  if (!before.dossier) return { ok: false, message: 'This dossier has problems (see the Problems panel); fix them before editing it here.' };
  let id: string | void;
  let editor: DossierEditor;
  try {
    editor = new DossierEditor(text);
    id = change(editor, before.dossier);
  } catch (error) {
    if (error instanceof EditRefused) return { ok: false, message: error.message };
    throw error;
  }
  const after = editor.result();
  const parsed = parseDossier(after);
  if (!parsed.dossier) {
    const problem = parsed.problems.find((p) => p.severity === 'error');
    return { ok: false, message: `The change would make the dossier invalid${problem ? ` (${problem.message})` : ''}; nothing was changed.` };
  }
  return { ok: true, edits: editor.edits, text: after, ...(id ? { id } : {}) };
}

function actorOf(dossier: Dossier, id: string): Actor {
  const actor = dossier.actors.find((a) => a.id === id);
  if (!actor) throw new EditRefused(`No actor of this dossier has the id "${id}".`);
  return actor;
}

function listOf(dossier: Dossier, item: ReviewItem): readonly { id: string; confidence?: number; reviewed?: boolean }[] {
  return item === 'actor' ? dossier.actors : item === 'event' ? dossier.events : dossier.quotes;
}

function itemOf(dossier: Dossier, item: ReviewItem, id: string | undefined): { id: string; reviewed?: boolean } {
  if (!(item in LISTS)) throw new EditRefused('The item is an actor, an event or a quote.');
  const entry = id === undefined ? undefined : listOf(dossier, item).find((e) => e.id === id);
  if (!entry) throw new EditRefused(`No ${item} of this dossier has the id "${id ?? ''}".`);
  return entry;
}

/** An anchor as one flow mapping: exact words, then the context that tells repeats apart. */
function anchorText(anchor: Anchor): string {
  return flowMap({ exact: anchor.exact, prefix: anchor.prefix || undefined, suffix: anchor.suffix || undefined });
}
