// The sidebar's rows as a user reads them: grouping, order, counts, ids and
// parents, built from the real sample and from small dossiers made here.
import * as assert from 'assert';
import fc from 'fast-check';
import { Library, LoadedDossier } from '../../src/core/library';
import { Dossier, DossierEvent } from '../../src/core/model';
import { ActorsTree } from '../../src/core/views/actorsTree';
import { EventsTree } from '../../src/core/views/eventsTree';
import { ActorNode, EventNode, QuoteNode, TreeModel, ViewNode } from '../../src/core/views/nodes';
import { QuotesTree } from '../../src/core/views/quotesTree';
import { LibraryViewIndex } from '../../src/core/views/viewIndex';
import { eventDateLabel } from '../../src/core/views/dates';
import { displayWords } from '../../src/core/views/display';
import { loadSample, sampleLibrary } from './helpers';

function dossier(articleId: string, parts: Partial<Dossier>): LoadedDossier {
  return { source: `file:///ws/${articleId}.dossier.yaml`, dossier: { sourcebook: 1, article: { id: articleId, title: `Title of ${articleId}` }, actors: [], events: [], quotes: [], ...parts } };
}

/** Every row of a tree, depth first, with the row it was listed under. */
function walk(tree: TreeModel): Array<{ node: ViewNode; listedUnder?: ViewNode }> {
  const rows: Array<{ node: ViewNode; listedUnder?: ViewNode }> = [];
  const visit = (node: ViewNode, listedUnder?: ViewNode) => {
    rows.push({ node, listedUnder });
    for (const child of tree.children(node)) visit(child, node);
  };
  for (const root of tree.roots()) visit(root);
  return rows;
}

const names = (nodes: ViewNode[]) => nodes.map((n) => (n as ActorNode).actor.name);
const quoteLabels = (nodes: ViewNode[]) => nodes.map((n) => (n as QuoteNode).label);

describe('Actors tree', () => {
  const index = LibraryViewIndex.of(sampleLibrary());
  const tree = new ActorsTree(index);

  it('groups the sample actors by kind: people, organizations, groups, places', () => {
    assert.deepStrictEqual(
      tree.roots().map((g) => [g.kind, g.actorCount]),
      [['person', 5], ['organization', 2], ['group', 4], ['place', 4]],
    );
  });

  it('lists the five people as the dossier spells them, with their roles and counts', () => {
    const people = tree.children(tree.roots()[0]) as ActorNode[];
    assert.deepStrictEqual(names(people), ['Vladimir Padrino López', 'Nicolás Maduro', 'Gustavo Petro', 'Iván Duque', 'Juan Guaidó']);
    assert.deepStrictEqual(people.map((p) => p.actor.role), [
      'Defence Minister of Venezuela, a general',
      'President of Venezuela',
      'President of Colombia (took office 7 August 2022), left-wing',
      'outgoing President of Colombia',
      'Venezuelan opposition leader, recognised by Colombia as "interim president"',
    ]);
    const petro = people[2];
    assert.deepStrictEqual([petro.mentionCount, petro.quoteCount, petro.eventCount], [5, 3, 3]);
    assert.strictEqual(petro.speakerKey, 'petro', 'a speaker can be handed to insertQuote');
    assert.strictEqual(people[1].speakerKey, undefined, 'Maduro is never quoted');
  });

  it("shows an actor's quotes, then its terms, then its events", () => {
    const padrino = (tree.children(tree.roots()[0]) as ActorNode[])[0];
    const children = tree.children(padrino);
    assert.deepStrictEqual(children.map((c) => c.type), ['quote', 'quote', 'quote', 'quote', 'event']);
    assert.deepStrictEqual(quoteLabels(children.slice(0, 4)), [
      '“I have received instructions”',
      '“to immediately establish contact with the Colombian…”',
      '“We have to start working. This does not mean that there…”',
      '“military relations”',
    ]);
    assert.strictEqual((children[4] as EventNode).eventId, 'military-relations-announced');
    assert.deepStrictEqual([(children[0] as QuoteNode).quoteId, (children[0] as QuoteNode).articleId], ['padrino-instructions', 'caracas-bogota-2022']);
  });

  it('leaves an actor with nothing under it unexpandable', () => {
    const places = tree.children(tree.roots()[3]) as ActorNode[];
    const caracas = places.find((p) => p.actorKey === 'caracas')!;
    assert.strictEqual(caracas.expandable, false);
    assert.strictEqual(places.find((p) => p.actorKey === 'colombia')!.expandable, true);
  });

  it('shows an actor merged across two articles once, its quotes listed per article', () => {
    const other = dossier('petro-interview', {
      actors: [{ id: 'gustavo-petro', kind: 'person', name: 'Gustavo Petro', aliases: ['Petro'] }],
      quotes: [{ id: 'peace', kind: 'speech', speaker: 'gustavo-petro', text: 'Peace is the road' }],
    });
    const merged = new ActorsTree(LibraryViewIndex.of(new Library([loadSample(), other])));
    const people = merged.children(merged.roots()[0]) as ActorNode[];
    assert.strictEqual(people.filter((p) => p.actor.name === 'Gustavo Petro').length, 1);
    const petro = people.find((p) => p.actorKey === 'petro')!;
    assert.strictEqual(petro.quoteCount, 4);
    const articles = merged.children(petro).filter((c) => c.type === 'article');
    assert.deepStrictEqual(articles.map((a) => a.type === 'article' && a.articleId), ['caracas-bogota-2022', 'petro-interview']);
    assert.deepStrictEqual(quoteLabels(merged.children(articles[1])), ['“Peace is the road”']);
    assert.strictEqual(merged.children(articles[0]).length, 3);
  });

  it('shows only the actors in the filter, and no empty kind', () => {
    const library = sampleLibrary();
    const shown = new Set(library.actors.filter((a) => a.key === 'petro' || a.key === 'apure'));
    const filtered = new ActorsTree(LibraryViewIndex.of(library), shown);
    assert.deepStrictEqual(filtered.roots().map((g) => g.kind), ['person', 'place']);
    assert.deepStrictEqual(names(filtered.children(filtered.roots()[0])), ['Gustavo Petro']);
    assert.strictEqual(filtered.locateActor(library.actors.find((a) => a.key === 'maduro')!), undefined);
  });
});

describe('Events tree', () => {
  it('lists the sample events in timeline order, approximate dates marked', () => {
    const tree = new EventsTree(LibraryViewIndex.of(sampleLibrary()));
    const rows = tree.roots();
    const words = displayWords({ t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])) });
    assert.deepStrictEqual(rows.map((r) => eventDateLabel(r.entry.event.date, r.entry.event.approximate, words)), ['2019', '2021-03', '2021-10', 'c. 2022', '2022-08-07', '2022-08-09', 'c. 2022-08-09']);
    assert.deepStrictEqual(rows.map((r) => r.eventId), ['ties-broken', 'apure-fighting', 'border-relaxed', 'petro-elected', 'petro-takes-office', 'military-relations-announced', 'petro-normalization']);
    assert.deepStrictEqual(names(tree.children(rows[0])), ['Venezuela', 'Colombia', 'Iván Duque', 'Juan Guaidó']);
  });

  it('sorts 2019 < 2021 < 2021-03 < 2021-10 < 2022-08-07 < undated across articles', () => {
    const event = (id: string, date?: string): DossierEvent => ({ id, date, title: id, actors: [] });
    const library = new Library([
      dossier('a', { events: [event('full', '2022-08-07'), event('undated'), event('october', '2021-10')] }),
      dossier('b', { events: [event('year', '2019'), event('march', '2021-03'), event('partial-year', '2021')] }),
    ]);
    const rows = new EventsTree(LibraryViewIndex.of(library)).roots();
    assert.deepStrictEqual(rows.map((r) => r.eventId), ['year', 'partial-year', 'march', 'october', 'full', 'undated']);
  });

  it('puts a partial date before every full date inside it, and undated last (any dates)', () => {
    const date = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 30 }), (dates) => {
        const events = dates.map((d, i) => ({ id: `e${i}`, date: d, title: 't', actors: [] }));
        const shown = new EventsTree(LibraryViewIndex.of(new Library([dossier('x', { events })]))).roots().map((r) => r.entry.event.date);
        for (let i = 0; i < shown.length; i++) {
          for (let j = i + 1; j < shown.length; j++) {
            const [earlier, later] = [shown[i], shown[j]];
            if (earlier === undefined) assert.strictEqual(later, undefined, 'undated events come last');
            else if (later !== undefined) {
              assert.ok(!(earlier !== later && earlier.startsWith(later)), `${later} (partial) must come before ${earlier}`);
              assert.ok(earlier.slice(0, 7) <= later.slice(0, 7), `${earlier} before ${later}`);
            }
          }
        }
      }),
    );
  });
});

describe('Quotes tree', () => {
  const library = sampleLibrary();
  const tree = new QuotesTree(LibraryViewIndex.of(library));

  it('groups the six speech quotes under Padrino López and Petro, and keeps terms apart', () => {
    const roots = tree.roots();
    assert.deepStrictEqual(roots.map((r) => r.type === 'actor' ? r.actor.name : r.type === 'quoteGroup' ? r.group : r.type), ['Vladimir Padrino López', 'Gustavo Petro', 'terms']);
    assert.deepStrictEqual(tree.children(roots[1]).map((q) => (q as QuoteNode).quoteId), ['petro-normalization-process', 'petro-two-months', 'petro-no-ambassadors']);
    assert.deepStrictEqual(quoteLabels(tree.children(roots[2])), ['“military relations”', '“interim president”', '“trochas”']);
  });

  it('lists quotes credited to nobody in their own group', () => {
    const nobody = dossier('anon', { quotes: [{ id: 'q', kind: 'speech', speaker: null, text: 'It will never happen' }] });
    const roots = new QuotesTree(LibraryViewIndex.of(new Library([nobody]))).roots();
    assert.deepStrictEqual(roots.map((r) => r.id), ['unattributed']);
  });
});

describe('Tree ids and parents', () => {
  const trees: Array<[string, (library: Library) => TreeModel]> = [
    ['actors', (l) => new ActorsTree(LibraryViewIndex.of(l))],
    ['events', (l) => new EventsTree(LibraryViewIndex.of(l))],
    ['quotes', (l) => new QuotesTree(LibraryViewIndex.of(l))],
  ];
  for (const [name, build] of trees) {
    it(`${name}: ids are unique, the same after a rebuild, and every row's parent is the row it is listed under`, () => {
      const first = walk(build(sampleLibrary()));
      const second = walk(build(sampleLibrary()));
      const ids = first.map((r) => r.node.id);
      assert.strictEqual(new Set(ids).size, ids.length);
      assert.deepStrictEqual(second.map((r) => r.node.id), ids);
      for (const { node, listedUnder } of first) assert.strictEqual(node.parent?.id, listedUnder?.id, node.id);
    });
  }

  it('locates an actor, a quote and an event with the same ids and parents the trees list', () => {
    const library = sampleLibrary();
    const index = LibraryViewIndex.of(library);
    const chain = (node: ViewNode | undefined): string[] => (node ? [node.id, ...chain(node.parent)] : []);
    const listed = (tree: TreeModel) => new Map(walk(tree).map((r) => [r.node.id, chain(r.node)]));

    const petro = index.actor('petro')!;
    assert.deepStrictEqual(chain(new ActorsTree(index).locateActor(petro)), listed(new ActorsTree(index)).get('actor:petro'));
    const quote = library.findQuote('petro-two-months')!;
    const located = new QuotesTree(index).locateQuote(quote)!;
    assert.deepStrictEqual(chain(located), listed(new QuotesTree(index)).get(located.id));
    const event = index.event('petro-elected', 'caracas-bogota-2022')!;
    assert.deepStrictEqual(chain(new EventsTree(index).locateEvent(event)), [`event:sample#petro-elected`]);
  });

  it('keeps ids unique when a dossier repeats a quote id (reported as a problem elsewhere)', () => {
    const twice = dossier('dup', {
      actors: [{ id: 'a', kind: 'person', name: 'Ana Ruiz', aliases: [] }],
      quotes: [
        { id: 'q', kind: 'speech', speaker: 'a', text: 'One' },
        { id: 'q', kind: 'speech', speaker: 'a', text: 'Two' },
      ],
    });
    const tree = new QuotesTree(LibraryViewIndex.of(new Library([twice])));
    const ids = tree.children(tree.roots()[0]).map((n) => n.id);
    assert.strictEqual(new Set(ids).size, 2);
  });
});
