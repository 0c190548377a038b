// Building single rows, shared by the three trees.
import { LibraryActor, LibraryEvent, LibraryQuote, LoadedDossier } from '../library';
import { ActorNode, ArticleNode, entryRef, EventNode, QuoteNode, ViewNode } from './nodes';
import { LibraryViewIndex } from './viewIndex';
import { shortenQuote } from './viewText';

export function actorNode(index: LibraryViewIndex, actor: LibraryActor, id: string, parent: ViewNode | undefined, expandable: boolean, dossier?: LoadedDossier): ActorNode {
  const facts = index.factsOf(actor);
  const quoteCount = facts.speech.length;
  return {
    type: 'actor',
    id,
    parent,
    expandable,
    actor,
    actorKey: actor.key,
    speakerKey: quoteCount > 0 ? actor.key : undefined,
    articleId: dossier?.dossier.article.id,
    dossierSource: dossier?.source,
    mentionCount: index.mentionCount(actor, facts),
    quoteCount,
    eventCount: facts.events.length,
  };
}

export function quoteNode(entry: LibraryQuote, parent: ViewNode): QuoteNode {
  return {
    type: 'quote',
    id: `${parent.id}/quote:${entryRef(entry.dossier, entry.quote.id)}`,
    parent,
    expandable: false,
    entry,
    quoteId: entry.quote.id,
    articleId: entry.dossier.dossier.article.id,
    dossierSource: entry.dossier.source,
    label: shortenQuote(entry.quote.text),
  };
}

/** An event row; `parent` is undefined at the top of the Events tree. */
export function eventNode(entry: LibraryEvent, parent: ViewNode | undefined): EventNode {
  const ref = `event:${entryRef(entry.dossier, entry.event.id)}`;
  return {
    type: 'event',
    id: parent ? `${parent.id}/${ref}` : ref,
    parent,
    // Under an actor an event is a leaf: its actors are one click away in the Events tree.
    expandable: !parent && entry.actors.length > 0,
    entry,
    eventId: entry.event.id,
    articleId: entry.dossier.dossier.article.id,
    dossierSource: entry.dossier.source,
  };
}

export function articleNode(dossier: LoadedDossier, quotes: readonly LibraryQuote[], parent: ViewNode): ArticleNode {
  return {
    type: 'article',
    id: `${parent.id}/article:${dossier.source}`,
    parent,
    expandable: true,
    dossier,
    articleId: dossier.dossier.article.id,
    dossierSource: dossier.source,
    quotes,
  };
}

/** Quotes grouped by the article they come from, in library order. */
export function byArticle(quotes: readonly LibraryQuote[]): Map<LoadedDossier, LibraryQuote[]> {
  const groups = new Map<LoadedDossier, LibraryQuote[]>();
  for (const entry of quotes) {
    const group = groups.get(entry.dossier);
    if (group) group.push(entry);
    else groups.set(entry.dossier, [entry]);
  }
  return groups;
}
