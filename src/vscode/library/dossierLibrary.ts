// The workspace's dossier library: loads the bundled sample and every dossier
// of the workspace, keeps them in step with the files (and with unsaved edits
// of open dossiers), and publishes a fresh core Library on change. A broken
// dossier never stops the others from loading. The parts: fileWatching.ts
// (which events matter), loadScheduler.ts (when loads run), readDossier.ts
// (one dossier, through the core's loading path), libraryState.ts (what was
// loaded), diagnostics.ts (the Problems panel).
import * as vscode from 'vscode';
import { parseDossier, ParsedDossier } from '../../core/dossier/parse';
import { Library, LoadedDossier } from '../../core/library';
import { readArticleText } from '../../core/load/loadDossier';
import { LibraryDiagnostics } from './diagnostics';
import { Disposable } from './disposable';
import { FileWatching, WatchedLibrary } from './fileWatching';
import { workspaceFiles } from './files';
import { readIdentityFiles } from './identitiesFile';
import { LibraryState } from './libraryState';
import { localizedMessages } from './loadMessages';
import { LoadBatch, LoadScheduler } from './loadScheduler';
import { log } from './log';
import { DossierEntry, readDossier } from './readDossier';

const EXCLUDED = '**/node_modules/**';

export class DossierLibrary extends Disposable implements WatchedLibrary {
  private readonly state = new LibraryState();
  private readonly diagnostics = this.register(new LibraryDiagnostics());
  private readonly changeEmitter = this.register(new vscode.EventEmitter<Library>());
  private readonly scheduler = this.register(new LoadScheduler((batch) => this.loadBatch(batch)));
  private readonly watching = this.register(new FileWatching(this));
  /** Parses of open documents the library does not hold at their current version (untitled, outside the workspace, just edited). */
  private readonly documentParses = new WeakMap<vscode.TextDocument, { version: number; parsed: ParsedDossier }>();
  private loading: Promise<void>;

  /** Fires with the new library after any dossier changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri) {
    super();
    this.loading = this.reload();
  }

  /** The current library (the sample alone until the first load finishes). */
  get current(): Library {
    return this.state.library;
  }

  /** Resolves once the latest full load has finished. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** Re-reads everything: the sample, the glob, the watcher. */
  reload(): Promise<void> {
    this.loading = this.scheduler.serialized(() => this.loadAll(), 'Loading the dossiers');
    return this.loading;
  }

  /** The article text as it is on disk now (anchors are resolved against it). */
  async readArticleText(loaded: LoadedDossier): Promise<string | undefined> {
    if (!loaded.articleSource) return loaded.articleText;
    const text = await readArticleText(workspaceFiles, loaded.articleSource, loaded.dossier.article.file ?? '', localizedMessages);
    return typeof text === 'string' ? text : loaded.articleText;
  }

  /**
   * The parse of an open dossier document at its current version, with
   * positions: the library's own when it holds this text, else parsed once
   * per version (a dossier not in the library, or edited a moment ago).
   */
  parsedDocument(document: vscode.TextDocument): ParsedDossier {
    const cached = this.documentParses.get(document);
    if (cached?.version === document.version) return cached.parsed;
    const text = document.getText();
    const entry = this.state.get(document.uri);
    const parsed = entry?.text === text ? entry.parsed : parseDossier(text, { maxBytes: this.config.maxBytes });
    this.documentParses.set(document, { version: document.version, parsed });
    return parsed;
  }

  isDossierUri(uri: vscode.Uri): boolean {
    if (this.state.has(uri)) return true;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // Inside a workspace folder: not a diff view or other virtual copy.
    return !!folder && folder.uri.scheme === uri.scheme && uri.path.endsWith('.dossier.yaml');
  }

  isKnown(uri: vscode.Uri): boolean {
    return this.state.has(uri);
  }

  schedule(uri: vscode.Uri): void {
    this.scheduler.schedule(uri);
  }

  scheduleDeleted(uri: vscode.Uri): void {
    const prefix = uri.toString();
    for (const key of this.state.keys()) {
      if (key === prefix || key.startsWith(prefix + '/')) this.scheduler.schedule(vscode.Uri.parse(key));
    }
  }

  scheduleReadersOf(article: vscode.Uri): void {
    for (const dossier of this.state.readersOf(article)) this.scheduler.schedule(dossier);
  }

  scheduleIdentities(): void {
    this.scheduler.scheduleIdentities();
  }

  scheduleFolderScan(): void {
    this.scheduler.scheduleFolderScan();
  }

  private get config() {
    const config = vscode.workspace.getConfiguration('sourcebook');
    return {
      glob: config.get<string>('dossierGlob', '**/*.dossier.yaml'),
      includeSample: config.get<boolean>('includeSample', true),
      maxBytes: Math.round(config.get<number>('maxDossierSizeMB', 5) * 1024 * 1024),
    };
  }

  private async loadAll(): Promise<void> {
    const started = performance.now();
    const { glob, includeSample, maxBytes } = this.config;
    this.watching.watchGlob(glob);
    this.state.sample = includeSample ? await this.loadSample(maxBytes) : undefined;
    this.state.identities = await readIdentityFiles();
    const uris = await vscode.workspace.findFiles(glob, EXCLUDED);
    const entries = await Promise.all(uris.map((uri) => this.read(uri, maxBytes)));
    this.state.replaceAll(entries.filter((entry): entry is DossierEntry => !!entry));
    this.publish();
    log.info(`Loaded ${this.state.size} dossiers (${this.current.actors.length} actors) in ${Math.round(performance.now() - started)} ms.`);
  }

  private async loadSample(maxBytes: number): Promise<LoadedDossier | undefined> {
    const entry = await this.read(vscode.Uri.joinPath(this.extensionUri, 'data', 'dossier.yaml'), maxBytes);
    if (entry?.loaded) entry.loaded.isSample = true;
    return entry?.loaded;
  }

  private async loadBatch(batch: LoadBatch): Promise<void> {
    const started = performance.now();
    const { glob, maxBytes } = this.config;
    const uris = [...batch.uris];
    if (batch.folderCreated) {
      // One search however many folders appeared; only dossiers not known yet are read.
      for (const uri of await vscode.workspace.findFiles(glob, EXCLUDED)) if (!this.state.has(uri)) uris.push(uri);
    }
    if (batch.identitiesChanged) this.state.identities = await readIdentityFiles();
    if (uris.length === 0 && !batch.identitiesChanged) return;
    await Promise.all(uris.map(async (uri) => {
      const entry = await this.read(uri, maxBytes);
      if (entry) this.state.set(entry);
      else {
        this.state.delete(uri);
        this.diagnostics.delete(uri);
      }
    }));
    this.publish();
    log.info(`Updated ${uris.length} dossier(s) in ${Math.round(performance.now() - started)} ms.`);
  }

  /** One dossier; a failure is logged, and the dossier shows as not loaded. */
  private async read(uri: vscode.Uri, maxBytes: number): Promise<DossierEntry | undefined> {
    const entry = await readDossier(uri, maxBytes);
    if (entry && !entry.loaded) {
      const first = entry.problems.find((p) => p.severity === 'error');
      log.warn(`${uri.toString()}:${first?.line ?? 1}:${first?.column ?? 1}: left out: ${first?.message ?? 'not a dossier'}`);
    }
    return entry;
  }

  private publish(): void {
    const library = this.state.rebuild();
    this.diagnostics.publish(this.state);
    this.changeEmitter.fire(library);
  }
}
