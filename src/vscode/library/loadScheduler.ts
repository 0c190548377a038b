// When loads run: bursts of file events (a thousand files at once) coalesce
// into one batch after a short delay, and loads run one after another, so a
// full reload and a batch never interleave (a file loaded by one must not be
// cleared by the other).
import * as vscode from 'vscode';
import { Disposable } from './disposable';
import { log } from './log';

const RELOAD_DELAY_MS = 150;

/** What changed since the last batch. */
export interface LoadBatch {
  uris: vscode.Uri[];
  identitiesChanged: boolean;
  /** A folder appeared: search the workspace for dossiers the watcher missed. */
  folderCreated: boolean;
}

export class LoadScheduler extends Disposable {
  private readonly pending = new Set<string>();
  private identitiesChanged = false;
  private folderCreated = false;
  private timer?: ReturnType<typeof setTimeout>;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly load: (batch: LoadBatch) => Promise<void>) {
    super();
    this.register({ dispose: () => clearTimeout(this.timer) });
  }

  schedule(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    this.flushSoon();
  }

  scheduleIdentities(): void {
    this.identitiesChanged = true;
    this.flushSoon();
  }

  scheduleFolderScan(): void {
    this.folderCreated = true;
    this.flushSoon();
  }

  /** Runs `work` after every load already queued. */
  serialized(work: () => Promise<void>, what: string): Promise<void> {
    const next = this.queue.then(work, work);
    this.queue = next.catch((error: unknown) => log.error(`${what} failed`, error));
    return next;
  }

  private flushSoon(): void {
    clearTimeout(this.timer);
    if (this.isDisposed) return;
    // A failure is logged by serialized(); the next event loads again.
    this.timer = setTimeout(() => this.serialized(() => this.flush(), 'Loading changed dossiers').then(undefined, () => undefined), RELOAD_DELAY_MS);
  }

  private flush(): Promise<void> {
    const batch: LoadBatch = { uris: [...this.pending].map((u) => vscode.Uri.parse(u)), identitiesChanged: this.identitiesChanged, folderCreated: this.folderCreated };
    this.pending.clear();
    this.identitiesChanged = false;
    this.folderCreated = false;
    return this.load(batch);
  }
}
