// The Quotes tree: speech grouped by speaker (speakers in the order of their
// first quote), then speech credited to nobody, then terms ("trochas") apart.
import { LibraryQuote } from '../library';
import { actorNode, quoteNode } from './nodeFactory';
import { ActorFilter, QuoteGroupNode, QuoteNode, TreeModel, ViewNode, withUniqueIds } from './nodes';
import { LibraryViewIndex } from './viewIndex';

export class QuotesTree implements TreeModel {
  constructor(private readonly index: LibraryViewIndex, private readonly shown: ActorFilter = undefined) {}

  roots(): ViewNode[] {
    const shown = this.shown;
    const speakers = shown ? this.index.speakers.filter((s) => shown.has(s)) : this.index.speakers;
    const roots: ViewNode[] = speakers.map((speaker) => actorNode(this.index, speaker, `speaker:${speaker.key}`, undefined, true));
    const unattributed = this.unattributedGroup();
    if (unattributed.quotes.length > 0) roots.push(unattributed);
    const terms = this.termsGroup();
    if (terms.quotes.length > 0) roots.push(terms);
    return roots;
  }

  children(node: ViewNode): ViewNode[] {
    if (node.type === 'actor' && !node.parent) return withUniqueIds(this.index.speechBy(node.actor).map((entry) => quoteNode(entry, node)));
    if (node.type === 'quoteGroup') return withUniqueIds(node.quotes.map((entry) => quoteNode(entry, node)));
    return [];
  }

  /** The row of a quote, with its parent, for `TreeView.reveal`. */
  locateQuote(entry: LibraryQuote): QuoteNode | undefined {
    const speaker = entry.speaker;
    if (this.shown && !(speaker && this.shown.has(speaker))) return undefined;
    if (entry.quote.kind === 'term') return quoteNode(entry, this.termsGroup());
    if (!speaker) return quoteNode(entry, this.unattributedGroup());
    return quoteNode(entry, actorNode(this.index, speaker, `speaker:${speaker.key}`, undefined, true));
  }

  private unattributedGroup(): QuoteGroupNode {
    return { type: 'quoteGroup', id: 'unattributed', expandable: true, group: 'unattributed', quotes: this.shown ? [] : this.index.unattributed };
  }

  private termsGroup(): QuoteGroupNode {
    const shown = this.shown;
    const terms = shown ? this.index.terms.filter((t) => t.speaker && shown.has(t.speaker)) : this.index.terms;
    return { type: 'quoteGroup', id: 'terms', expandable: true, group: 'terms', quotes: terms };
  }
}
