// Shared by the integration tests: the extension's API, and waiting for what
// arrives a moment later (debounced file events, diagnostics, the workbench).
import * as vscode from 'vscode';
import type { Library } from '../../src/core/library';
import type { SourcebookApi } from '../../src/vscode/extension';

/** The activated extension's API, once its library has loaded. */
export async function sourcebook(): Promise<SourcebookApi> {
  const api = await vscode.extensions.getExtension<SourcebookApi>('sourcebook.sourcebook')!.activate();
  await api.ready();
  return api;
}

/** Polls `probe` until it gives a value (not undefined, null or false), and returns it. */
export async function until<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until `condition` holds, and fails with `what` if it never does. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  await until(() => condition(), what, timeoutMs);
}

/** The library once it satisfies `ready` (file events are debounced; other tests' files come and go). */
export async function libraryWhere(api: SourcebookApi, ready: (library: Library) => boolean, timeoutMs = 30_000): Promise<Library> {
  return until(() => (ready(api.library()) ? api.library() : undefined), 'the library to reach the expected state', timeoutMs);
}
