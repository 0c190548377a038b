// The Events tree: a timeline in date order (a partial date before the full
// dates inside it, undated last; the library keeps events in that order), each
// event with the actors it involves.
import { LibraryEvent } from '../library';
import { actorNode, eventNode } from './nodeFactory';
import { ActorFilter, EventNode, TreeModel, ViewNode, withUniqueIds } from './nodes';
import { LibraryViewIndex } from './viewIndex';

export class EventsTree implements TreeModel {
  constructor(private readonly index: LibraryViewIndex, private readonly shown: ActorFilter = undefined) {}

  roots(): EventNode[] {
    const shown = this.shown;
    const events = shown ? this.index.library.events.filter((e) => e.actors.some((a) => shown.has(a))) : this.index.library.events;
    return withUniqueIds(events.map((entry) => eventNode(entry, undefined)));
  }

  children(node: ViewNode): ViewNode[] {
    if (node.type !== 'event' || node.parent) return [];
    const entry = node.entry;
    return withUniqueIds([...new Set(entry.actors)].map((actor) => actorNode(this.index, actor, `${node.id}/actor:${actor.key}`, node, false, entry.dossier)));
  }

  /** The row of an event, for `TreeView.reveal`. */
  locateEvent(entry: LibraryEvent): EventNode | undefined {
    if (this.shown && !entry.actors.some((a) => this.shown!.has(a))) return undefined;
    return eventNode(entry, undefined);
  }
}
