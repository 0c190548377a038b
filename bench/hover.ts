// hover.p50us / hover.p99us: the core lookup a hover makes (NameIndex.findAt)
// at random positions of a 1 MB document, with the library of 10,000
// dossiers (about 100,000 actors, 400,000 forms plus the surname forms the
// library derives; bench/newsroomLibrary.ts) loaded, against one
// case-insensitive RegExp per form tried over the same window (which does no
// accent folding: it does less work). hover.indexBuildMs: building that name
// index from the library's actors. hover.cardP50us: composing the card.
import { buildNameIndex } from '../src/core/library';
import { actorCard, CardOptions } from '../src/core/hover/card';
import { cardStrings } from '../src/core/hover/strings';
import { loadCorpus, seededRandom } from './corpus';
import { Figures, medianMs, percentile } from './figures';
import { generateNewsroomLibrary } from './newsroomLibrary';

const DOCUMENT_CHARS = 1024 * 1024;
const LOOKUPS = 50_000;
const BASELINE_LOOKUPS = 10;
const DOSSIERS = 10_000;
/** The window findAt reads on each side of the offset. */
const WINDOW = 200;

export function run(): Figures {
  const library = generateNewsroomLibrary(DOSSIERS);
  const forms = library.actors.flatMap((a) => [a.name, ...a.aliases]);
  const indexBuildMs = medianMs(5, () => buildNameIndex(library.actors));

  const random = seededRandom(11);
  const text = benchDocument(library.actors.map((a) => a.name), random);
  const offsets = Array.from({ length: LOOKUPS }, () => Math.floor(random() * text.length));

  const index = library.names;
  for (const offset of offsets.slice(0, 5000)) index.findAt(text, offset); // warm up the JIT
  let hits = 0;
  const times = offsets.map((offset) => {
    const start = performance.now();
    const match = index.findAt(text, offset);
    const elapsed = performance.now() - start;
    if (match) hits++;
    return elapsed * 1000;
  }).sort((a, b) => a - b);

  const perForm = forms.map((form) => new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'));
  const baselineTimes = offsets.slice(0, BASELINE_LOOKUPS).map((offset) => {
    const start = performance.now();
    regexLookup(perForm, text, offset);
    return (performance.now() - start) * 1000;
  }).sort((a, b) => a - b);

  const hitOffsets = offsets.filter((offset) => index.findAt(text, offset)).slice(0, 2000);
  const options: CardOptions = {
    show: { role: true, articles: true, quotes: true, events: true, commands: true }, maxQuotes: 3, maxEvents: 5, locale: 'en',
    strings: cardStrings({ t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])) }),
  };
  const cardTimes = hitOffsets.map((offset) => {
    const start = performance.now();
    for (const actor of index.findAt(text, offset)!.targets) actorCard(library, actor, options);
    return (performance.now() - start) * 1000;
  }).sort((a, b) => a - b);

  console.log(`  hover: ${library.dossiers.length} dossiers, ${library.actors.length} actors, ${forms.length} forms (${index.size} distinct after folding, derived surnames included), ${(text.length / 1e6).toFixed(2)} M chars; ${LOOKUPS} lookups, ${hits} on a name; baseline ${BASELINE_LOOKUPS} lookups`);
  const baselineLabel = 'one case-insensitive RegExp per form';
  return {
    'hover.p50us': { value: percentile(times, 0.5), unit: 'µs', baseline: percentile(baselineTimes, 0.5), baselineLabel, better: 'lower' },
    'hover.p99us': { value: percentile(times, 0.99), unit: 'µs', baseline: percentile(baselineTimes, 0.99), baselineLabel, better: 'lower', target: '< 50 µs' },
    'hover.indexBuildMs': { value: indexBuildMs, unit: 'ms', better: 'lower' },
    'hover.cardP50us': { value: percentile(cardTimes, 0.5), unit: 'µs', better: 'lower' },
  };
}

/** Corpus prose cut to 1 MB, with a name of the cast dropped in every ~300 characters. */
function benchDocument(names: string[], random: () => number): string {
  const prose = loadCorpus().map((a) => a.text).join('\n');
  const parts: string[] = [];
  let length = 0;
  for (let at = 0; length < DOCUMENT_CHARS; at = (at + 300) % (prose.length - 300)) {
    const chunk = `${prose.slice(at, at + 300)} ${names[Math.floor(random() * names.length)]} `;
    parts.push(chunk);
    length += chunk.length;
  }
  return parts.join('').slice(0, DOCUMENT_CHARS);
}

/** The naive hover: try every form's RegExp on the window and keep the longest match covering the offset. */
function regexLookup(perForm: RegExp[], text: string, offset: number): string | undefined {
  const from = Math.max(0, offset - WINDOW);
  const window = text.slice(from, offset + WINDOW);
  let best: string | undefined;
  for (const pattern of perForm) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (m.index + from <= offset && offset < m.index + from + m[0].length && (!best || m[0].length > best.length)) best = m[0];
      if (m.index + from > offset) break;
    }
  }
  return best;
}
