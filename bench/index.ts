// `npm run bench`: runs every benchmark module, prints a table, and writes
// bench-results.json ({ name: { value, unit, baseline, ratio } }).
import * as fs from 'fs';
import { BenchModule, Figure, ratioOf } from './figures';
import { repoPath } from './corpus';

// One line per benchmark module.
const modules: Array<[string, () => Promise<BenchModule>]> = [
  ['scan', () => import('./scan')],
  ['bundle', () => import('./bundle')],
  ['activation', () => import('./activation')],
  ['tree', () => import('./tree')],
  ['checks', () => import('./checks')],
  ['audit', () => import('./audit')],
  ['hover', () => import('./hover')],
  ['extract', () => import('./extract')],
  ['timeline', () => import('./timeline')],
  ['host', () => import('./host')],
  ['html', () => import('./html')],
  ['parseMemory', () => import('./parseMemory')],
  ['scaling', () => import('./scaling')],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: Record<string, { value: number; unit: string; baseline: number | null; ratio: number | null }> = {};
  const rows: string[][] = [];
  for (const [name, load] of modules) {
    if (only.length && !only.includes(name)) continue;
    console.log(`[bench] ${name}`);
    let figures: Record<string, Figure>;
    try {
      figures = await (await load()).run();
    } catch (error) {
      console.error(`[bench] ${name} failed: ${(error as Error).stack ?? error}`);
      process.exitCode = 1;
      continue;
    }
    for (const [key, figure] of Object.entries(figures)) {
      const ratio = ratioOf(figure);
      results[key] = { value: round(figure.value), unit: figure.unit, baseline: figure.baseline === undefined ? null : round(figure.baseline), ratio: ratio === null ? null : round(ratio) };
      rows.push([
        key,
        `${format(figure.value)} ${figure.unit}`,
        figure.baseline === undefined ? '' : `${format(figure.baseline)} ${figure.unit} (${figure.baselineLabel ?? 'baseline'})`,
        ratio === null ? '' : `${format(ratio)}×`,
        figure.target ?? '',
      ]);
    }
  }
  printTable([['figure', 'value', 'baseline (same run)', 'ratio', 'target'], ...rows]);
  const file = repoPath('bench-results.json');
  const previous = fs.existsSync(file) && only.length ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  fs.writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');
  console.log(`[bench] wrote ${file}`);
}

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 1000) / 1000;
}

function format(value: number): string {
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(3);
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

void main();
