// How long property tests run, and a tally of the inputs each target was fed.
// In `npm test` the seed is fixed and the runs are few (a quick, repeatable
// check); `npm run fuzz` sets FUZZ_RUNS (and may set FUZZ_SEED) to try many
// more inputs, then prints the tally.
import fc from 'fast-check';

const FIXED_SEED = 20220829;

export const fuzzSeed: number = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FIXED_SEED;

/** `quick` runs in the unit suite; FUZZ_RUNS × quick / 100 under `npm run fuzz` (so heavy targets stay proportionate). */
export function runsFor(quick: number): number {
  const scale = Number(process.env.FUZZ_RUNS ?? 0);
  return scale > 0 ? Math.max(quick, Math.round((scale * quick) / 100)) : quick;
}

const tally = new Map<string, { inputs: number; seconds: number }>();

/** Inputs tried per target so far, in the order the targets first ran. */
export function inputsTried(): ReadonlyMap<string, { inputs: number; seconds: number }> {
  return tally;
}

/**
 * Checks `property` on `quick` generated inputs (scaled by FUZZ_RUNS), counts
 * them under `target`, and fails with fast-check's report (seed, path and the
 * shrunk counterexample) when an input breaks it.
 */
export function holds<Ts>(target: string, property: fc.IProperty<Ts>, quick: number): void {
  const started = performance.now();
  const details = fc.check(property, { seed: fuzzSeed, numRuns: runsFor(quick), endOnFailure: false });
  const entry = tally.get(target) ?? { inputs: 0, seconds: 0 };
  entry.inputs += details.numRuns;
  entry.seconds += (performance.now() - started) / 1000;
  tally.set(target, entry);
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${target}: ${cause}\n${fc.defaultReportMessage(details) ?? ''}`);
  }
}
