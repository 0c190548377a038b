// What "reveal in article" selects: a quote's exact words, an event's passage,
// an actor's first mention. Resolved against the article text as it is now
// (the caller reads it fresh), through the anchor, so edits elsewhere in the
// article do not move the selection.
import { resolveAnchor, TextRange } from '../anchor';
import { Library, LibraryActor, LoadedDossier } from '../library';
import { LibraryViewIndex } from './viewIndex';

/** The argument `sourcebook.revealInArticle` accepts; tree rows carry these fields. */
export interface RevealTarget {
  quoteId?: string;
  eventId?: string;
  actorKey?: string;
  speakerKey?: string;
  articleId?: string;
  /** Picks the dossier when two share an article id. */
  dossierSource?: string;
}

export interface PassageRequest {
  dossier: LoadedDossier;
  what: 'quote' | 'event' | 'actor' | 'article';
  /** Where the passage is in `text`; undefined when its words are gone (or for a whole article). */
  find(text: string): TextRange | undefined;
}

export function passageFor(library: Library, target: RevealTarget): PassageRequest | undefined {
  const index = LibraryViewIndex.of(library);
  if (target.quoteId) {
    const entry = bySource(library.quotes, target) ?? library.findQuote(target.quoteId, target.articleId);
    if (!entry) return undefined;
    const { anchor, text: words } = entry.quote;
    return { dossier: entry.dossier, what: 'quote', find: (text) => (anchor ? resolveAnchor(text, anchor) : quotedOccurrence(text, words)) };
  }
  if (target.eventId) {
    const entry = bySource(library.events, target) ?? index.event(target.eventId, target.articleId);
    if (!entry) return undefined;
    const anchor = entry.event.anchor;
    return { dossier: entry.dossier, what: 'event', find: (text) => (anchor ? resolveAnchor(text, anchor) : undefined) };
  }
  const actorKey = target.actorKey ?? target.speakerKey;
  if (actorKey) {
    const actor = index.actor(actorKey);
    const dossier = actor && articleOf(actor, target);
    if (!actor || !dossier) return undefined;
    return { dossier, what: 'actor', find: (text) => firstMention(library, actor, text) };
  }
  const dossier = library.dossiers.find((d) => d.source === target.dossierSource) ?? library.dossiers.find((d) => d.dossier.article.id === target.articleId);
  return dossier && { dossier, what: 'article', find: () => undefined };
}

/** Where the actor is first named in `text`, by any of its names or aliases. */
export function firstMention(library: Library, actor: LibraryActor, text: string): TextRange | undefined {
  const match = library.names.findAll(text).find((m) => m.targets.includes(actor));
  return match && { start: match.start, end: match.end };
}

const OPENING_MARKS = '“"«‘„';
const CLOSING_MARKS = '”"»’“';

/**
 * A quote without an anchor: its words where they stand in quotation marks
 * (an edit may have added the same words elsewhere), else their first occurrence.
 */
export function quotedOccurrence(text: string, words: string): TextRange | undefined {
  if (!words) return undefined;
  let first: number | undefined;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    first ??= at;
    const end = at + words.length;
    if (OPENING_MARKS.includes(text.charAt(at - 1)) || CLOSING_MARKS.includes(text.charAt(end))) return { start: at, end };
  }
  return first === undefined ? undefined : { start: first, end: first + words.length };
}

function bySource<T extends { dossier: LoadedDossier; quote?: { id: string }; event?: { id: string } }>(entries: readonly T[], target: RevealTarget): T | undefined {
  if (!target.dossierSource) return undefined;
  const id = target.quoteId ?? target.eventId;
  return entries.find((e) => e.dossier.source === target.dossierSource && (e.quote ?? e.event)?.id === id);
}

/** The article the actor is revealed in: the one asked for, else the first it appears in with a text. */
function articleOf(actor: LibraryActor, target: RevealTarget): LoadedDossier | undefined {
  const dossiers = actor.appearances.map((a) => a.dossier);
  return (
    dossiers.find((d) => d.source === target.dossierSource) ??
    dossiers.find((d) => d.dossier.article.id === target.articleId) ??
    dossiers.find((d) => d.articleText !== undefined || d.articleSource !== undefined)
  );
}
