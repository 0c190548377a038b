// The rows of the sidebar trees, as plain data: what a row stands for, its
// stable id, its parent (so `TreeView.reveal` can walk up) and the numbers it
// shows. Words, icons and tooltips are added by the VS Code layer.
//
// Rows carry the fields other commands take as their argument (`quoteId` +
// `articleId`, `eventId`, `actorKey`, `speakerKey`), so a row can be handed to
// `sourcebook.insertQuote` or `sourcebook.revealInArticle` as it is.
import { LibraryActor, LibraryEvent, LibraryQuote, LoadedDossier } from '../library';
import { ActorKind } from '../model';

interface NodeBase {
  /** Unique within one tree and the same across rebuilds, so expansion state survives a refresh. */
  id: string;
  parent?: ViewNode;
  expandable: boolean;
}

export interface KindGroupNode extends NodeBase {
  type: 'kindGroup';
  kind: ActorKind;
  actorCount: number;
}

export interface ActorNode extends NodeBase {
  type: 'actor';
  actor: LibraryActor;
  actorKey: string;
  /** Set when the actor has speech quotes (for "insert a quote by this speaker"). */
  speakerKey?: string;
  /** The article this row belongs to (an actor under an event); revealing goes there. */
  articleId?: string;
  dossierSource?: string;
  mentionCount: number;
  quoteCount: number;
  eventCount: number;
}

/** The quotes of one actor from one article, when the actor's quotes span several. */
export interface ArticleNode extends NodeBase {
  type: 'article';
  dossier: LoadedDossier;
  articleId: string;
  dossierSource: string;
  quotes: readonly LibraryQuote[];
}

export interface QuoteNode extends NodeBase {
  type: 'quote';
  entry: LibraryQuote;
  quoteId: string;
  articleId: string;
  dossierSource: string;
  /** The words, shortened, in quotation marks. */
  label: string;
}

export interface EventNode extends NodeBase {
  type: 'event';
  entry: LibraryEvent;
  eventId: string;
  articleId: string;
  dossierSource: string;
}

/** In the Quotes tree: speech credited to nobody, and terms. */
export interface QuoteGroupNode extends NodeBase {
  type: 'quoteGroup';
  group: 'unattributed' | 'terms';
  quotes: readonly LibraryQuote[];
}

export type ViewNode = KindGroupNode | ActorNode | ArticleNode | QuoteNode | EventNode | QuoteGroupNode;

/** One tree's structure; the parent of a node is `node.parent`. */
export interface TreeModel {
  roots(): ViewNode[];
  children(node: ViewNode): ViewNode[];
}

/** Which actors a tree shows at its top level; undefined shows all. */
export type ActorFilter = ReadonlySet<LibraryActor> | undefined;

/** A VS Code tree refuses two rows with one id; a dossier with a duplicate id (reported as a problem) must not break the view. */
export function withUniqueIds<T extends ViewNode>(nodes: T[]): T[] {
  const seen = new Set<string>();
  for (const node of nodes) {
    const base = node.id;
    for (let n = 2; seen.has(node.id); n++) node.id = `${base}~${n}`;
    seen.add(node.id);
  }
  return nodes;
}

/** Where a quote or event sits in its dossier, unique across the library. */
export function entryRef(dossier: LoadedDossier, id: string): string {
  return `${dossier.source}#${id}`;
}
