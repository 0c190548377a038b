// Shared by the reliability tests: the extension's API, a scratch folder in
// the test workspace (removed afterwards), waiting on the library, and a
// probe that records the longest stall of the extension host's event loop.
import * as vscode from 'vscode';
import type { Library } from '../../src/core/library';
import type { SourcebookApi } from '../../src/vscode/extension';
import { libraryWhere } from './extensionApi';

export { libraryWhere, sourcebook, until } from './extensionApi';

export const scratch = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'tmp-reliability');

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export const hasSource = (uri: vscode.Uri) => (library: Library): boolean => library.dossiers.some((d) => d.source === uri.toString());

/** Removes the scratch folder and waits until none of its dossiers is left in the library. */
export async function removeScratch(api: SourcebookApi): Promise<void> {
  const folder = scratch().toString();
  await vscode.workspace.fs.delete(scratch(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  await libraryWhere(api, (library) => !library.dossiers.some((d) => d.source.startsWith(folder)), 60_000);
}

/**
 * Ticks every 5 ms and keeps the largest gap between two ticks beyond the
 * 5 ms asked for: the longest task that held the extension host's thread.
 */
export function stallProbe(): { stop(): number } {
  const INTERVAL = 5;
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - INTERVAL);
    last = now;
  }, INTERVAL);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last - INTERVAL);
    },
  };
}
