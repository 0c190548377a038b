// Figures measured inside the extension host for `npm run bench` (bench/extensionHost.ts
// runs the tests that measure them with SOURCEBOOK_BENCH_OUT set). Tests never
// assert on them: speed belongs in the benchmark, not in a pass/fail verdict.
import * as fs from 'fs';

/** Adds `figures` to the file `npm run bench` reads; does nothing in an ordinary test run. */
export function reportFigures(figures: Record<string, number>): void {
  // The web worker host has no process (and these tests' figures come from the Node host).
  const file = typeof process === 'undefined' ? undefined : process.env.SOURCEBOOK_BENCH_OUT;
  if (!file) return;
  const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...previous, ...figures }));
}
