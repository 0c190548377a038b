// What the sidebar marks for a person to check: an extracted item nobody has
// reviewed and extraction was unsure of (needsReview), the counts behind the
// views' badges, and which rows stay when only items to check are shown.
import { Library, LibraryActor } from '../library';
import { needsReview } from '../model';
import { TreeModel, ViewNode } from './nodes';

/** What to check on a row: a quote's speaker, an actor, an event's date; undefined when nothing. */
export type CheckMark = 'speaker' | 'actor' | 'date';

export function actorNeedsReview(actor: LibraryActor): boolean {
  return actor.appearances.some((a) => needsReview(a.actor));
}

export function checkMarkOf(node: ViewNode): CheckMark | undefined {
  switch (node.type) {
    case 'quote': return needsReview(node.entry.quote) ? 'speaker' : undefined;
    case 'event': return needsReview(node.entry.event) ? 'date' : undefined;
    case 'actor': return actorNeedsReview(node.actor) ? 'actor' : undefined;
    default: return undefined;
  }
}

/** Counts for the badges: actors to check, and quotes to check. */
export function reviewCounts(library: Library): { actors: number; quotes: number; events: number } {
  return {
    actors: library.actors.filter(actorNeedsReview).length,
    quotes: library.quotes.filter((q) => needsReview(q.quote)).length,
    events: library.events.filter((e) => needsReview(e.event)).length,
  };
}

/**
 * With "only items to check" on: a row stays when it is to check or leads to
 * one. Memoised per model and row id, as the tree asks level by level.
 */
export function onlyToCheck(model: TreeModel, nodes: readonly ViewNode[]): ViewNode[] {
  let memo = memos.get(model);
  if (!memo) memos.set(model, (memo = new Map()));
  const leads = (node: ViewNode, depth: number): boolean => {
    const known = memo!.get(node.id);
    if (known !== undefined) return known;
    const result = checkMarkOf(node) !== undefined || (depth < MAX_DEPTH && node.expandable && model.children(node).some((child) => leads(child, depth + 1)));
    memo!.set(node.id, result);
    return result;
  };
  return nodes.filter((node) => leads(node, 0));
}

const MAX_DEPTH = 4;
const memos = new WeakMap<TreeModel, Map<string, boolean>>();
