// What a benchmark module reports: named figures, each optionally against a
// baseline measured in the same run.

export interface Figure {
  value: number;
  unit: string;
  /** The same quantity for the baseline approach, measured in this run. */
  baseline?: number;
  /** What the baseline is, in a few words. */
  baselineLabel?: string;
  /** Which direction is better; decides how the ratio is computed. */
  better: 'higher' | 'lower';
  /** A target from the issue, printed beside the figure (not asserted). */
  target?: string;
}

export type Figures = Record<string, Figure>;

export interface BenchModule {
  run(): Promise<Figures> | Figures;
}

/** How many times better than the baseline (>1 means better). */
export function ratioOf(figure: Figure): number | null {
  if (figure.baseline === undefined || figure.baseline === 0 || figure.value === 0) return null;
  return figure.better === 'higher' ? figure.value / figure.baseline : figure.baseline / figure.value;
}

/** Median of repeated timings, in milliseconds. */
export function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}
