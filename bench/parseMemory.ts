// parse.peakBytesPerInputByte: the most memory the dossier parser needs per
// byte of a hostile 2 MB input (unclosed brackets, deep block nesting, a sea
// of syntax errors), against a valid dossier of the same size. Each input is
// parsed in a child process started with --expose-gc: a forced collection
// first, then the peak resident size (maxRSS) the parse added.
import { execFileSync } from 'child_process';
import { Figures } from './figures';

// 2 MB: memory per byte is what counts, and the hostile shapes take a while to parse.
const SIZE = 2 * 1024 * 1024 - 1024;

/** Hostile shapes, each about SIZE bytes. */
const SHAPES: Record<string, (size: number) => string> = {
  'unclosed [': (n) => '['.repeat(n),
  'unclosed {': (n) => '{'.repeat(n),
  'unclosed [ after a key': (n) => 'a: ' + '['.repeat(n - 3),
  'compact - sequences': (n) => '- '.repeat(n / 2),
  'explicit ? keys': (n) => '? '.repeat(n / 2),
  'commas in a flow sequence': (n) => '[' + ','.repeat(n - 1),
  'items in a flow sequence': (n) => '[' + 'a, '.repeat((n - 1) / 3),
  'pairs in a flow mapping': (n) => '{' + 'a: 1, '.repeat((n - 1) / 6),
  'flow sequence in a dossier': (n) => 'sourcebook: 1\narticle: {id: a}\nactors: [' + 'a, '.repeat((n - 40) / 3) + ']\n',
  'unterminated quotes': (n) => '"'.repeat(n),
  'colons': (n) => ': '.repeat(n / 2),
  'anchors': (n) => '&a '.repeat(n / 3),
};

function validDossier(size: number): string {
  const head = 'sourcebook: 1\narticle: {id: a, title: Big}\nactors:\n';
  const actor = (i: number) => `  - {id: p${i}, kind: person, name: Person Number${i}, aliases: [Number${i}]}\n`;
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < size - 100; i++) {
    const line = actor(i);
    parts.push(line);
    length += line.length;
  }
  parts.push('events: []\nquotes: []\n');
  return parts.join('');
}

function childMeasure(shape: string): number {
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, 'child', shape], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return Number(out.trim().split('\n').pop());
}

export function run(): Figures {
  const valid = childMeasure('valid');
  let worst = 0;
  let worstShape = '';
  for (const shape of Object.keys(SHAPES)) {
    const perByte = childMeasure(shape);
    console.log(`  parse memory: ${shape.padEnd(28)} ${perByte.toFixed(1)} bytes per input byte`);
    if (perByte > worst) [worst, worstShape] = [perByte, shape];
  }
  console.log(`  parse memory: ${'a valid dossier'.padEnd(28)} ${valid.toFixed(1)} bytes per input byte; worst hostile shape: ${worstShape}`);
  return {
    'parse.peakBytesPerInputByte': { value: worst, unit: 'B/B', baseline: valid, baselineLabel: 'a valid dossier of the same size', better: 'lower', target: 'small (was ≈ 850 for unclosed [)' },
  };
}

/** In the child: parse one input and print the peak resident bytes it added per input byte. */
function child(shape: string): void {
  const { parseDossier } = require('../src/core/dossier/parse') as typeof import('../src/core/dossier/parse');
  const text = shape === 'valid' ? validDossier(SIZE) : SHAPES[shape](SIZE);
  const gc = (globalThis as { gc?: () => void }).gc!;
  parseDossier('sourcebook: 1\n'); // load the code before the baseline
  gc();
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const result = parseDossier(text);
  const peak = Math.max(process.resourceUsage().maxRSS * 1024, process.memoryUsage().rss);
  void result;
  console.log((Math.max(0, peak - Math.max(before, peakBefore))) / Buffer.byteLength(text));
}

if (process.argv[2] === 'child') child(process.argv[3]);
