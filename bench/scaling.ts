// extract.scaling / check.scaling / library.scaling / parse.scaling: each input shape that
// once made a step super-linear, run at two sizes (the second twice the
// first); the figure is the time ratio (about 2 for linear work, 4 for
// quadratic). Target ≤ 2.5. Every shape is printed; the figure is the worst.
import { checkAgainstArticle } from '../src/core/dossier/checkArticle';
import { parseDossier } from '../src/core/dossier/parse';
import { serializeDossier } from '../src/core/dossier/serialize';
import { extractDossier } from '../src/core/extract';
import { Library } from '../src/core/library';
import { Dossier } from '../src/core/model';
import { Figures, medianMs } from './figures';

type Shape = { name: string; size: number; prepare(size: number): () => void };

const repeat = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('');
const name = (i: number) => `Ka${'bcdfghjklm'[i % 10]}${'aeiou'[Math.floor(i / 10) % 5]}${'nrst'[Math.floor(i / 50) % 4]}${Math.floor(i / 200)}`.replace(/\d+$/, (d) => 'xyzw'.slice(0, 1 + (Number(d) % 4)));

const EXTRACT: Shape[] = [
  { name: 'lines without quotes', size: 20_000, prepare: (n) => { const text = repeat(n, (i) => `Line ${i} of the report has plain words.\n`); return () => extractDossier(text); } },
  { name: 'unattributed quotes after colons', size: 2_000, prepare: (n) => { const text = repeat(n, (i) => `The note ${i} read: "we will keep going on this road".\n\n`); return () => extractDossier(text); } },
  { name: 'a quote left open on every line', size: 5_000, prepare: (n) => { const text = repeat(n, (i) => `"Open words on line ${i} go on\n`); return () => extractDossier(text); } },
  { name: 'role mentions of many people', size: 1_000, prepare: (n) => { const text = repeat(n, (i) => `Foreign Minister ${name(i)} Orlovsky met the mayor.\n\n`); return () => extractDossier(text); } },
  { name: 'people sharing a surname', size: 1_000, prepare: (n) => { const text = repeat(n, (i) => `${name(i)} Smith spoke, and Smith left.\n\n`); return () => extractDossier(text); } },
];

function anchoredDossier(article: string, quotes: number, contextLength: number): { text: string; dossier: Dossier } {
  const context = article.slice(0, contextLength);
  const dossier: Dossier = {
    sourcebook: 1,
    article: { id: 'a', text: article },
    actors: [],
    events: [],
    quotes: Array.from({ length: quotes }, (_, i) => ({ id: `q${i}`, kind: 'speech' as const, speaker: null, text: 'word', anchor: { exact: 'word', prefix: context, suffix: context } })),
  };
  return { text: serializeDossier(dossier), dossier };
}

const CHECK: Shape[] = [
  {
    name: 'anchors with long prefix and suffix (10 quotes)', size: 100_000,
    prepare: (n) => {
      const article = 'word '.repeat(n / 5);
      const { text, dossier } = anchoredDossier(article, 10, n / 2);
      const parsed = parseDossier(text, { maxBytes: Infinity });
      return () => checkAgainstArticle(text, parsed, dossier, article);
    },
  },
  {
    name: 'quote inside its anchor, split into many parts', size: 100_000,
    prepare: (n) => {
      const words = Array.from({ length: 400 }, (_, i) => `w${i}x`);
      const exact = `${words.map((w) => `“${w},” he said,`).join(' ')} ${'pad '.repeat(n / 4)}`;
      const dossier: Dossier = { sourcebook: 1, article: { id: 'a', text: exact }, actors: [], events: [], quotes: [{ id: 'q', kind: 'speech', speaker: null, text: words.join(' '), anchor: { exact } }] };
      const text = serializeDossier(dossier);
      const parsed = parseDossier(text, { maxBytes: Infinity });
      return () => checkAgainstArticle(text, parsed, dossier, exact);
    },
  },
];

const VALID = serializeDossier({
  sourcebook: 1, article: { id: 'a', title: 'T', text: 'He said "yes".' },
  actors: [{ id: 'p', kind: 'person', name: 'P', aliases: [] }], events: [], quotes: [{ id: 'q', kind: 'speech', speaker: 'p', text: 'yes' }],
});
const parsing = (make: (bytes: number) => string) => (bytes: number) => { const text = make(bytes); return () => parseDossier(text); };
/** Shapes that have made YAML parsers quadratic, at 128 KB and 256 KB. */
const PARSE: Shape[] = [
  { name: 'many keys in one mapping', size: 128 * 1024, prepare: parsing((n) => Array.from({ length: n / 12 }, (_, i) => `k${i}: v`).join('\n')) },
  { name: 'unterminated quotes', size: 128 * 1024, prepare: parsing((n) => '"'.repeat(n)) },
  { name: 'one very long line', size: 128 * 1024, prepare: parsing((n) => `article: ${'x'.repeat(n)}`) },
  { name: 'many aliases to one anchor', size: 128 * 1024, prepare: parsing((n) => `a: &a {x: 1}\n` + Array.from({ length: n / 12 }, (_, i) => `k${i}: *a`).join('\n')) },
  { name: 'a long list of flow items', size: 128 * 1024, prepare: parsing((n) => `actors: [${Array(n / 4).fill('x').join(', ')}]`) },
  { name: 'many actors with one alias each', size: 128 * 1024, prepare: parsing((n) => VALID.replace('actors:\n', `actors:\n  - &p {id: p0, kind: person, name: P}\n${'  - *p\n'.repeat(Math.min(99, n / 8))}${'  - {id: x, kind: person, name: X}\n'.repeat(n / 40)}`)) },
];

const LIBRARY: Shape[] = [
  {
    name: 'one actor with many aliases in two dossiers', size: 20_000,
    prepare: (n) => {
      const aliases = Array.from({ length: n }, (_, i) => `Alias ${i}`);
      const dossier = (id: string): Dossier => ({ sourcebook: 1, article: { id }, actors: [{ id: 'p', kind: 'person', name: 'P Q', aliases }], events: [], quotes: [] });
      return () => new Library([{ source: 'mem:a', dossier: dossier('a') }, { source: 'mem:b', dossier: dossier('b') }]);
    },
  },
];

function ratios(shapes: Shape[], label: string): number {
  let worst = 0;
  for (const shape of shapes) {
    const small = shape.prepare(shape.size);
    const large = shape.prepare(shape.size * 2);
    small();
    const smallMs = medianMs(3, small);
    const largeMs = medianMs(3, large);
    const ratio = largeMs / Math.max(smallMs, 0.01);
    worst = Math.max(worst, ratio);
    console.log(`  ${label}: ${shape.name.padEnd(48)} ${smallMs.toFixed(1).padStart(8)} ms → ${largeMs.toFixed(1).padStart(8)} ms  ×${ratio.toFixed(2)}`);
  }
  return worst;
}

export function run(): Figures {
  const target = '≤ 2.5 for a doubling';
  return {
    'check.scaling': { value: ratios(CHECK, 'check'), unit: '× per doubling', better: 'lower', target },
    'extract.scaling': { value: ratios(EXTRACT, 'extract'), unit: '× per doubling', better: 'lower', target },
    'library.scaling': { value: ratios(LIBRARY, 'library'), unit: '× per doubling', better: 'lower', target },
    'parse.scaling': { value: ratios(PARSE, 'parse'), unit: '× per doubling', better: 'lower', target },
  };
}
