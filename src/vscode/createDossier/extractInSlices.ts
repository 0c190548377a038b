// Drives the extraction engine a slice at a time on the extension host: it
// works for at most SLICE_MS, then lets everything else run, so hovers and
// other extensions never wait long behind a big article; it stops at once
// when cancelled.
import * as vscode from 'vscode';
import { ExtractOptions, Extraction, extractSteps } from '../../core/extract';
import type { Platform } from '../platform';

/** Work between two pauses; well under the ~50 ms a user feels as a hitch. */
const SLICE_MS = 15;

export interface SliceProgress {
  /** Share of the work done since the last report, in percent. */
  increment: number;
}

/** The extraction, or undefined when cancelled. */
export async function extractInSlices(
  text: string,
  options: ExtractOptions,
  platform: Platform,
  token: vscode.CancellationToken,
  report: (progress: SliceProgress) => void = () => undefined,
): Promise<Extraction | undefined> {
  const steps = extractSteps(text, options);
  let reported = 0;
  for (;;) {
    if (token.isCancellationRequested) return undefined;
    const sliceStart = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - sliceStart < SLICE_MS) step = steps.next();
    if (step.done) return step.value;
    // Reading is about half the work, attributing the other half.
    const percent = (step.value.phase === 'reading' ? 0 : 50) + (50 * step.value.done) / Math.max(1, step.value.total);
    if (percent > reported) {
      report({ increment: percent - reported });
      reported = percent;
    }
    await platform.pause();
  }
}
