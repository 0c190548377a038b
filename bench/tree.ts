// tree.expandMs: the slowest single expansion of the sidebar trees (building
// one level of rows: grouping, order, labels, counts) for a generated library
// of 10,000 dossiers and about 100,000 actors (bench/newsroomLibrary.ts), once
// the library's view index exists. tree.firstExpandMs: the first expansion of
// People (about 40,000 rows) after the library changed and the extension's
// mention pass over it finished. tree.mentionPassMs: that pass (building the
// view index and counting every actor's mentions in all 10,000 articles),
// which the extension runs in slices after each load
// (src/vscode/tree/mentionPass.ts); tree.mentionStepMaxMs: its longest single
// step (one actor, all its articles read), which bounds a slice.
// The TreeItems VS Code asks for are a few property assignments per row on
// top of this; they need the VS Code API and are not measured here.
import { ActorsTree } from '../src/core/views/actorsTree';
import { EventsTree } from '../src/core/views/eventsTree';
import { TreeModel, ViewNode } from '../src/core/views/nodes';
import { QuotesTree } from '../src/core/views/quotesTree';
import { LibraryViewIndex } from '../src/core/views/viewIndex';
import { Figures } from './figures';
import { generateNewsroomLibrary } from './newsroomLibrary';

const DOSSIERS = 10_000;

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
  const library = generateNewsroomLibrary(DOSSIERS);
  let started = performance.now();
  const index = LibraryViewIndex.of(library);
  let mentionStepMaxMs = performance.now() - started;
  for (const steps = index.countMentions(); ;) {
    const stepStart = performance.now();
    if (steps.next().done) break;
    mentionStepMaxMs = Math.max(mentionStepMaxMs, performance.now() - stepStart);
  }
  const mentionPassMs = performance.now() - started;
  started = performance.now();
  const people = new ActorsTree(index).roots()[0];
  const peopleRows = new ActorsTree(index).children(people).length;
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
  console.log(`  tree: ${library.dossiers.length} dossiers, ${library.actors.length} actors, ${library.quotes.length} quotes, ${library.events.length} events; slowest expansion: ${slowest.name} (${slowest.rows} rows); People: ${peopleRows} rows`);
  return {
    'tree.expandMs': { value: slowest.ms, unit: 'ms', better: 'lower', target: '< 50 ms' },
    'tree.firstExpandMs': { value: firstExpandMs, unit: 'ms', better: 'lower', target: '< 100 ms' },
    'tree.mentionPassMs': { value: mentionPassMs, unit: 'ms', better: 'lower' },
    'tree.mentionStepMaxMs': { value: mentionStepMaxMs, unit: 'ms', better: 'lower' },
  };
}
