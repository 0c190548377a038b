// A generated newsroom library for the tree and hover benchmarks: `count`
// dossiers of real corpus articles, each with 10 actors of its own (4 people,
// 2 organisations, 2 groups, 2 places) and 2 of 100 people who recur across
// articles (merged into one actor each), 5 quotes and 5 events; the article
// text is followed by a sentence naming each actor, so mentions are found.
// 10,000 dossiers: about 100,000 actors.
import { Library, LoadedDossier } from '../src/core/library';
import { Actor, ActorKind, Dossier, DossierEvent, Quote } from '../src/core/model';
import { generateActors, loadCorpus, randomPartialDate, seededRandom } from './corpus';

const OWN_ACTORS = 10;
/** People who recur across articles (merged into one actor each, quoted in many articles). */
const RECURRING = 100;
const KINDS: ActorKind[] = ['person', 'person', 'person', 'person', 'organization', 'organization', 'group', 'group', 'place', 'place'];

export function generateNewsroomDossiers(count: number): LoadedDossier[] {
  const random = seededRandom(11);
  const names = generateActors(count * OWN_ACTORS + RECURRING, 3);
  const recurring = names.slice(count * OWN_ACTORS);
  const corpus = loadCorpus();
  const dossiers: LoadedDossier[] = [];
  for (let d = 0; d < count; d++) {
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
  return dossiers;
}

export function generateNewsroomLibrary(count: number): Library {
  return new Library(generateNewsroomDossiers(count));
}
