// The Actors tree: kinds (People, Organizations, Groups, Places), their actors
// in dossier order, and under each actor its quotes (per article when they
// come from several) and the events it takes part in, in timeline order.
import { LibraryActor } from '../library';
import { ACTOR_KINDS, ActorKind } from '../model';
import { actorNode, articleNode, byArticle, eventNode, quoteNode } from './nodeFactory';
import { ActorFilter, ActorNode, KindGroupNode, TreeModel, ViewNode, withUniqueIds } from './nodes';
import { LibraryViewIndex } from './viewIndex';

export class ActorsTree implements TreeModel {
  constructor(private readonly index: LibraryViewIndex, private readonly shown: ActorFilter = undefined) {}

  roots(): KindGroupNode[] {
    // The model's order of kinds: people first.
    return ACTOR_KINDS.map((kind) => this.kindGroup(kind)).filter((group) => group.actorCount > 0);
  }

  children(node: ViewNode): ViewNode[] {
    switch (node.type) {
      case 'kindGroup':
        return this.actorsOfKind(node.kind).map((actor) => this.actorRow(actor, node));
      case 'actor':
        return withUniqueIds(this.actorChildren(node));
      case 'article':
        return withUniqueIds(node.quotes.map((entry) => quoteNode(entry, node)));
      default:
        return [];
    }
  }

  /** The row of an actor, with its parents, for `TreeView.reveal`. */
  locateActor(actor: LibraryActor): ActorNode | undefined {
    if (this.shown && !this.shown.has(actor)) return undefined;
    return this.actorRow(actor, this.kindGroup(actor.kind));
  }

  private kindGroup(kind: ActorKind): KindGroupNode {
    return { type: 'kindGroup', id: `kind:${kind}`, expandable: true, kind, actorCount: this.actorsOfKind(kind).length };
  }

  private actorsOfKind(kind: ActorKind): readonly LibraryActor[] {
    const all = this.index.actorsByKind.get(kind) ?? [];
    const shown = this.shown;
    return shown ? all.filter((actor) => shown.has(actor)) : all;
  }

  private actorRow(actor: LibraryActor, group: KindGroupNode): ActorNode {
    const node = actorNode(this.index, actor, `actor:${actor.key}`, group, false);
    node.expandable = node.quoteCount + this.index.factsOf(actor).terms.length + node.eventCount > 0;
    return node;
  }

  private actorChildren(node: ActorNode): ViewNode[] {
    const quotes = [...this.index.speechBy(node.actor), ...this.index.termsBy(node.actor)];
    const groups = byArticle(quotes);
    const rows: ViewNode[] =
      groups.size > 1
        ? [...groups].map(([dossier, fromArticle]) => articleNode(dossier, fromArticle, node))
        : quotes.map((entry) => quoteNode(entry, node));
    for (const entry of this.index.eventsOf(node.actor)) rows.push(eventNode(entry, node));
    return rows;
  }
}
