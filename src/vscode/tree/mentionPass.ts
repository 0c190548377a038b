// After each load, counts every actor's mentions a slice at a time
// (LibraryViewIndex.countMentions), so opening a kind group reads the counts
// instead of reading every article while the writer waits; a newer library
// stops the pass over the older one.
import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { LibraryViewIndex } from '../../core/views/viewIndex';
import { DossierLibrary } from '../library/dossierLibrary';
import type { Platform } from '../platform';

/** Work between two pauses; well under the ~50 ms a user feels as a hitch. */
const SLICE_MS = 15;

export function startMentionPass(library: DossierLibrary, platform: Platform): vscode.Disposable {
  let latest: Library | undefined;
  const run = async (current: Library) => {
    latest = current;
    await platform.pause(); // after the listeners of this change (the trees' refresh) have run
    const steps = LibraryViewIndex.of(current).countMentions();
    while (latest === current) {
      const sliceStart = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - sliceStart < SLICE_MS) step = steps.next();
      if (step.done) return;
      await platform.pause();
    }
  };
  void library.ready.then(() => run(library.current));
  const changes = library.onDidChange((current) => void run(current));
  return { dispose: () => { latest = undefined; changes.dispose(); } };
}
