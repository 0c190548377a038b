// What the sidebar marks for checking, the badge counts, and the rows kept by
// "only items to check"; and that new values written into YAML read back as
// the same strings.
import * as assert from 'assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseDossier } from '../../src/core/dossier/parse';
import { yamlString } from '../../src/core/dossier/edits/yamlSource';
import { Library } from '../../src/core/library';
import { QuotesTree } from '../../src/core/views/quotesTree';
import { ActorsTree } from '../../src/core/views/actorsTree';
import { checkMarkOf, onlyToCheck, reviewCounts } from '../../src/core/views/reviewMarks';
import { LibraryViewIndex } from '../../src/core/views/viewIndex';
import { ViewNode, TreeModel } from '../../src/core/views/nodes';
import { readRepoFile } from './helpers';

function extractedLibrary(): Library {
  const dossier = parseDossier(readRepoFile('test', 'fixtures', 'extracted.dossier.yaml')).dossier!;
  return new Library([{ source: 'extracted', dossier }]);
}

function leaves(model: TreeModel, nodes: ViewNode[], keep: (model: TreeModel, nodes: ViewNode[]) => ViewNode[]): ViewNode[] {
  return keep(model, nodes).flatMap((node) => (node.expandable ? leaves(model, model.children(node), keep) : [node]));
}

describe('review marks', () => {
  const library = extractedLibrary();
  const index = LibraryViewIndex.of(library);

  it('counts the unreviewed items below 0.8 confidence', () => {
    const dossier = library.dossiers[0].dossier;
    const low = (items: { confidence?: number }[]) => items.filter((i) => i.confidence !== undefined && i.confidence < 0.8).length;
    assert.deepStrictEqual(reviewCounts(library), { actors: low(dossier.actors), quotes: low(dossier.quotes), events: low(dossier.events) });
    assert.ok(reviewCounts(library).quotes > 0 && reviewCounts(library).actors > 0);
  });

  it('"only items to check" keeps exactly the quotes to check, and the rows leading to them', () => {
    const tree = new QuotesTree(index);
    const all = (model: TreeModel, nodes: ViewNode[]) => nodes;
    const everything = leaves(tree, tree.roots(), all).filter((n) => n.type === 'quote');
    const kept = leaves(tree, tree.roots(), onlyToCheck).filter((n) => n.type === 'quote');
    assert.deepStrictEqual(kept.map((n) => n.id), everything.filter((n) => checkMarkOf(n) === 'speaker').map((n) => n.id));
    assert.ok(kept.length > 0 && kept.length < everything.length);
  });

  it('marks an actor to check on the Actors tree', () => {
    const tree = new ActorsTree(index);
    const actors = tree.roots().flatMap((group) => tree.children(group));
    const marked = actors.filter((n) => checkMarkOf(n) === 'actor').map((n) => (n.type === 'actor' ? n.actor.key : ''));
    assert.ok(marked.includes('venezuela') && !marked.includes('caracas'), marked.join(', '));
  });

  it('writes any string so that YAML reads it back unchanged, in block and flow context', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'É', ' ', ':', '#', ',', '[', '"', "'", '\n', '-', '1', 'true', '&', '*', '!', '%', '@', '`', '{', '}', '|', '>', '?') }), (value) => {
      assert.strictEqual((parse(`k: ${yamlString(value)}`) as { k: unknown }).k, value);
      assert.strictEqual((parse(`[${yamlString(value, true)}]`) as unknown[])[0], value);
    }), { seed: 12, numRuns: 500 });
  });
});
