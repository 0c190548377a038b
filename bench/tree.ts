// tree.expandMs: the slowest single expansion of the sidebar trees (building
// one level of rows: grouping, order, labels, counts) for a generated library
// of 1,000 dossiers and 10,100 actors, once the library's view index exists.
// tree.firstExpandMs: the first expansion after the library changed, which
// also builds the view index and finds every actor's mentions in all 1,000
// articles (the mention counts rows show).
// The TreeItems VS Code asks for are a few property assignments per row on
// top of this; they need the VS Code API and are not measured here.
import { Library, LoadedDossier } from '../src/core/library';
import { Actor, ActorKind, Dossier, DossierEvent, Quote } from '../src/core/model';
import { ActorsTree } from '../src/core/views/actorsTree';
import { EventsTree } from '../src/core/views/eventsTree';
import { TreeModel, ViewNode } from '../src/core/views/nodes';
import { QuotesTree } from '../src/core/views/quotesTree';
import { LibraryViewIndex } from '../src/core/views/viewIndex';
import { generateActors, loadCorpus, randomPartialDate, seededRandom } from './corpus';
import { Figures } from './figures';

const DOSSIERS = 1000;
const OWN_ACTORS = 10;
/** People who recur across articles (merged into one actor each, quoted in ~20 articles). */
const RECURRING = 100;
const KINDS: ActorKind[] = ['person', 'person', 'person', 'person', 'organization', 'organization', 'group', 'group', 'place', 'place'];

function generateLibrary(): Library {
  const random = seededRandom(11);
  const names = generateActors(DOSSIERS * OWN_ACTORS + RECURRING, 3);
  const recurring = names.slice(DOSSIERS * OWN_ACTORS);
  const corpus = loadCorpus();
  const dossiers: LoadedDossier[] = [];
  for (let d = 0; d < DOSSIERS; d++) {
    const own: Actor[] = names.slice(d * OWN_ACTORS, (d + 1) * OWN_ACTORS).map((g, k) => ({ id: g.id, kind: KINDS[k], name: g.name, aliases: g.aliases, role: `role ${k}` }));
    const guests: Actor[] = [0, 1].map(() => recurring[Math.floor(random() * RECURRING)]).map((g) => ({ id: g.id, kind: 'person', name: g.name, aliases: g.aliases }));
    const actors = [...own, ...guests.filter((g, i) => guests.findIndex((o) => o.id === g.id) === i)];
    const speakers = [...actors.filter((a) => a.kind === 'person')];
    const quotes: Quote[] = Array.from({ length: 5 }, (_, q) => ({ id: `q${q}`, kind: 'speech', speaker: speakers[Math.floor(random() * speakers.length)].id, text: `words ${d} ${q} spoken here` }));
    const events: DossierEvent[] = Array.from({ length: 5 }, (_, e) => ({
      id: `e${e}`,
      date: random() < 0.1 ? undefined : randomPartialDate(random),
      title: `event ${e} of article ${d}`,
      actors: [actors[Math.floor(random() * actors.length)].id, actors[Math.floor(random() * actors.length)].id],
    }));
    // A real article's text with this dossier's names in it, so mentions are found and counted.
    const articleText = `${corpus[d % corpus.length].text}\n${actors.map((a) => `${a.name} said ${a.aliases[0] ?? ''} was there.`).join(' ')}`;
    const dossier: Dossier = { sourcebook: 1, article: { id: `article-${d}`, title: `Article ${d}` }, actors, events, quotes };
    dossiers.push({ source: `file:///bench/${d}.dossier.yaml`, dossier, articleText });
  }
  return new Library(dossiers);
}

/** Every expansion a user can make at the top two levels, each timed alone. */
function expansions(index: LibraryViewIndex): Array<[string, () => ViewNode[]]> {
  const actors = new ActorsTree(index);
  const events = new EventsTree(index);
  const quotes = new QuotesTree(index);
  const mergedSpeaker = actors.children(actors.roots()[0]).find((n) => n.type === 'actor' && n.actor.appearances.length > 1)!;
  const list: Array<[string, () => ViewNode[]]> = [
    ['actors roots', () => actors.roots()],
    ...actors.roots().map((group): [string, () => ViewNode[]] => [`actors ${group.kind}`, () => actors.children(group)]),
    ['actor merged across articles', () => actors.children(mergedSpeaker)],
    ['events roots', () => events.roots()],
    ['quotes roots', () => quotes.roots()],
  ];
  const firstSpeaker = quotes.roots()[0];
  list.push(['speaker group', () => (quotes as TreeModel).children(firstSpeaker)]);
  return list;
}

export function run(): Figures {
  const library = generateLibrary();
  let started = performance.now();
  const index = LibraryViewIndex.of(library);
  const people = new ActorsTree(index).roots()[0];
  new ActorsTree(index).children(people);
  const firstExpandMs = performance.now() - started;

  let slowest = { name: '', ms: 0, rows: 0 };
  for (const [name, expand] of expansions(index)) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      started = performance.now();
      rows = expand().length;
      times.push(performance.now() - started);
    }
    const ms = times.sort((a, b) => a - b)[2];
    if (ms > slowest.ms) slowest = { name, ms, rows };
  }
  console.log(`  tree: ${library.dossiers.length} dossiers, ${library.actors.length} actors, ${library.quotes.length} quotes, ${library.events.length} events; slowest expansion: ${slowest.name} (${slowest.rows} rows)`);
  return {
    'tree.expandMs': { value: slowest.ms, unit: 'ms', better: 'lower', target: '< 50 ms' },
    'tree.firstExpandMs': { value: firstExpandMs, unit: 'ms', better: 'lower' },
  };
}
