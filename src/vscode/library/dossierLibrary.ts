// Loads the bundled sample and every dossier of the workspace, keeps them in
// step with the files (and with unsaved edits of open dossiers), reports their
// problems in the Problems panel, and publishes a fresh core Library on change.
// A broken dossier never stops the others from loading.
import * as vscode from 'vscode';
import { resolveArticlePath } from '../../core/dossier/articlePath';
import { checkAgainstArticle } from '../../core/dossier/checkArticle';
import { decodeUtf8 } from '../../core/dossier/decodeBytes';
import { parseDossier, ParsedDossier } from '../../core/dossier/parse';
import { LineMap, MAX_ARTICLE_BYTES, Problem, sizeLimitMessage } from '../../core/dossier/problems';
import { Library, LoadedDossier } from '../../core/library';
import { decodeText, exists, readRegularFile } from './files';
import { IdentitiesState, isIdentitiesUri, readIdentityFiles } from './identitiesFile';

interface FileState {
  uri: vscode.Uri;
  text: string;
  parsed: ParsedDossier;
  loaded?: LoadedDossier;
  problems: Problem[];
}

const RELOAD_DELAY_MS = 150;
const LIBRARY_SETTINGS = ['sourcebook.dossierGlob', 'sourcebook.includeSample', 'sourcebook.maxDossierSizeMB'];

export class DossierLibrary implements vscode.Disposable {
  private library = new Library([]);
  private readonly files = new Map<string, FileState>();
  private sample?: LoadedDossier;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('sourcebook');
  private readonly changeEmitter = new vscode.EventEmitter<Library>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changeEmitter];
  private watcher?: vscode.FileSystemWatcher;
  private watchedGlob?: string;
  /**
   * Every file of the workspace: a deleted folder is reported as the folder
   * alone, which the dossier glob does not match, and an article edited on
   * disk must reload the dossiers that read it.
   */
  private readonly anyFileWatcher = vscode.workspace.createFileSystemWatcher('**/*');
  /** Article URI → the dossiers that read it. */
  private articleReaders = new Map<string, vscode.Uri[]>();
  private pending = new Set<string>();
  /** The workspace's sourcebook.identities.yaml files, and whether one changed since the last flush. */
  private identities: IdentitiesState[] = [];
  private identitiesChanged = false;
  /** A folder appeared since the last flush: search the workspace for dossiers the watcher missed. */
  private folderCreated = false;
  private pendingTimer?: ReturnType<typeof setTimeout>;
  private loading: Promise<void>;
  private queue: Promise<void> = Promise.resolve();

  /** Fires with the new library after any dossier changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (LIBRARY_SETTINGS.some((key) => e.affectsConfiguration(key))) void this.reload();
      }),
      // Unsaved edits of a dossier show at once; closing it unsaved goes back to the disk.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isDossierUri(e.document.uri)) this.schedule(e.document.uri);
        else if (isIdentitiesUri(e.document.uri)) this.scheduleIdentities();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.files.has(document.uri.toString())) this.schedule(document.uri);
      }),
      // File operations done in VS Code itself, in case the watcher misses one.
      vscode.workspace.onDidCreateFiles((e) => this.scheduleDossiers(e.files)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.scheduleDeleted(uri))),
      this.anyFileWatcher.onDidDelete((uri) => this.scheduleDeleted(uri)),
      this.anyFileWatcher.onDidChange((uri) => this.scheduleReadersOf(uri)),
      ...[this.anyFileWatcher.onDidCreate, this.anyFileWatcher.onDidChange, this.anyFileWatcher.onDidDelete].map((event) => event((uri) => {
        if (isIdentitiesUri(uri)) this.scheduleIdentities();
      })),
      this.anyFileWatcher.onDidCreate((uri) => {
        this.scheduleReadersOf(uri);
        if (!this.isDossierUri(uri)) this.scheduleFolderScan(uri);
      }),
      vscode.workspace.onDidRenameFiles((e) => this.scheduleDossiers(e.files.flatMap((f) => [f.oldUri, f.newUri]))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
    this.loading = this.reload();
  }

  /** The current library (the sample alone until the first load finishes). */
  get current(): Library {
    return this.library;
  }

  /** Resolves once the first full load has finished. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** Re-reads everything: the sample, the glob, the watcher. */
  reload(): Promise<void> {
    this.loading = this.serialized(() => this.loadAll());
    return this.loading;
  }

  /** The article text as it is on disk now (anchors are resolved against it). */
  async readArticleText(loaded: LoadedDossier): Promise<string | undefined> {
    if (!loaded.articleSource) return loaded.articleText;
    const read = await readRegularFile(vscode.Uri.parse(loaded.articleSource), MAX_ARTICLE_BYTES);
    return 'bytes' in read ? decodeText(read.bytes) : loaded.articleText;
  }

  dispose(): void {
    clearTimeout(this.pendingTimer);
    this.watcher?.dispose();
    this.anyFileWatcher.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private get config() {
    const config = vscode.workspace.getConfiguration('sourcebook');
    return {
      glob: config.get<string>('dossierGlob', '**/*.dossier.yaml'),
      includeSample: config.get<boolean>('includeSample', true),
      maxBytes: Math.round(config.get<number>('maxDossierSizeMB', 5) * 1024 * 1024),
    };
  }

  /** A dossier of this workspace: known already, or a dossier file inside a workspace folder (not a diff view or other virtual copy). */
  private isDossierUri(uri: vscode.Uri): boolean {
    if (this.files.has(uri.toString())) return true;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return !!folder && folder.uri.scheme === uri.scheme && uri.path.endsWith('.dossier.yaml');
  }

  /**
   * Runs loads one after another, so a full reload and a burst of file events
   * never interleave (a file loaded by one must not be cleared by the other).
   */
  private serialized(load: () => Promise<void>): Promise<void> {
    const next = this.queue.then(load, load);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async loadAll(): Promise<void> {
    const { glob, includeSample } = this.config;
    if (glob !== this.watchedGlob) {
      this.watcher?.dispose();
      this.watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.watcher.onDidCreate((uri) => this.schedule(uri));
      this.watcher.onDidChange((uri) => this.schedule(uri));
      this.watcher.onDidDelete((uri) => this.schedule(uri));
      this.watchedGlob = glob;
    }

    this.sample = includeSample ? await this.loadSample() : undefined;
    this.identities = await readIdentityFiles();
    const uris = await vscode.workspace.findFiles(glob, '**/node_modules/**');
    const states = await Promise.all(uris.map((uri) => this.readDossier(uri)));
    this.files.clear();
    for (const state of states) if (state) this.files.set(state.uri.toString(), state);
    this.publish();
  }

  private async loadSample(): Promise<LoadedDossier | undefined> {
    const dossierUri = vscode.Uri.joinPath(this.extensionUri, 'data', 'dossier.yaml');
    const state = await this.readDossier(dossierUri);
    if (state?.loaded) state.loaded.isSample = true;
    return state?.loaded;
  }

  private scheduleDossiers(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) if (this.isDossierUri(uri)) this.schedule(uri);
  }

  /**
   * Files written into a folder the moment it is created can escape the file
   * watcher (seen with code-server's), so a new folder triggers one search.
   */
  private scheduleFolderScan(uri: vscode.Uri): void {
    if (/\/(node_modules|\.git)(\/|$)/.test(uri.path) || /\.[^/]*$/.test(uri.path)) return; // not a folder worth a search
    this.folderCreated = true;
    this.scheduleFlush();
  }

  private scheduleReadersOf(article: vscode.Uri): void {
    for (const dossier of this.articleReaders.get(article.toString()) ?? []) this.schedule(dossier);
  }

  /** A deleted file or folder: every known dossier at or under it goes. */
  private scheduleDeleted(uri: vscode.Uri): void {
    const prefix = uri.toString();
    for (const key of this.files.keys()) {
      if (key === prefix || key.startsWith(prefix + '/')) this.schedule(vscode.Uri.parse(key));
    }
  }

  /** Coalesces bursts of file events (a thousand files at once) into one rebuild. */
  private schedule(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    this.scheduleFlush();
  }

  private scheduleIdentities(): void {
    this.identitiesChanged = true;
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.serialized(() => this.flush()), RELOAD_DELAY_MS);
  }

  private async flush(): Promise<void> {
    if (this.folderCreated) {
      // One search however many folders appeared; only dossiers not known yet are read.
      this.folderCreated = false;
      const { glob } = this.config;
      for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**')) {
        if (!this.files.has(uri.toString())) this.pending.add(uri.toString());
      }
    }
    const uris = [...this.pending].map((u) => vscode.Uri.parse(u));
    this.pending.clear();
    const identitiesChanged = this.identitiesChanged;
    this.identitiesChanged = false;
    if (identitiesChanged) this.identities = await readIdentityFiles();
    if (uris.length === 0 && !identitiesChanged) return;
    await Promise.all(uris.map((uri) => this.loadFile(uri)));
    this.publish();
  }

  private async loadFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const state = await this.readDossier(uri);
    if (!state) {
      this.files.delete(key);
      this.diagnostics.delete(uri);
      return;
    }
    this.files.set(key, state);
  }

  /** Reads and checks one dossier; undefined when the file is gone. */
  private async readDossier(uri: vscode.Uri): Promise<FileState | undefined> {
    const { maxBytes } = this.config;
    let text: string;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // An open dossier's text wins, unless it is clean and its file was deleted:
    // the editor keeps showing it, but the library lets it go.
    if (open && (open.isDirty || open.isUntitled || (await exists(uri)))) {
      text = open.getText();
    } else {
      const read = await readRegularFile(uri, maxBytes);
      if ('fault' in read && read.fault === 'missing') return undefined;
      const decoded = 'bytes' in read ? decodeUtf8(read.bytes) : undefined;
      if (!decoded || 'problem' in decoded) {
        const message = decoded && 'problem' in decoded ? decoded.problem
          : 'fault' in read && read.fault === 'too-large' ? sizeLimitMessage(read.size ?? maxBytes + 1, maxBytes)
          : vscode.l10n.t('This dossier is not a regular file (a folder, a device, a pipe or a link to one); it was not read.');
        const problem: Problem = { severity: 'error', message, start: 0, end: 0, line: 1, column: 1 };
        return { uri, text: '', parsed: { problems: [problem], locate: () => ({ start: 0, end: 0 }) }, problems: [problem] };
      }
      text = decoded.text;
    }
    const parsed = parseDossier(text, { maxBytes });
    const problems = [...parsed.problems];
    let loaded: LoadedDossier | undefined;
    if (parsed.dossier) {
      const dossier = parsed.dossier;
      loaded = { source: uri.toString(), dossier, articleText: dossier.article.text };
      if (dossier.article.file !== undefined) {
        // One rule with the CLI: relative to the dossier, and within its workspace folder.
        const root = (vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..')).path;
        const where = resolveArticlePath(uri.path, dossier.article.file, root);
        const articleUri = uri.with({ path: 'path' in where ? where.path : where.outside });
        loaded.articleSource = 'path' in where ? articleUri.toString() : undefined;
        const article = 'path' in where
          ? await readArticle(articleUri, dossier.article.file)
          : { problem: vscode.l10n.t('The article "{0}" is outside this dossier\'s workspace folder; it was not read (a dossier may only name articles within it).', dossier.article.file) };
        if (typeof article === 'string') loaded.articleText = article;
        else {
          const { start, end } = parsed.locate(['article', 'file']);
          problems.push({ severity: 'error', message: article.problem, start, end, ...new LineMap(text).position(start) });
        }
      }
      if (loaded.articleText !== undefined) problems.push(...checkAgainstArticle(text, parsed, dossier, loaded.articleText));
    }
    return { uri, text, parsed, loaded, problems };
  }

  private publish(): void {
    const loaded: LoadedDossier[] = [];
    if (this.sample) loaded.push(this.sample);
    this.articleReaders = new Map();
    for (const state of this.files.values()) {
      if (!state.loaded) continue;
      loaded.push(state.loaded);
      const article = state.loaded.articleSource;
      if (article) this.articleReaders.set(article, [...(this.articleReaders.get(article) ?? []), state.uri]);
    }
    this.library = new Library(loaded, this.identities.flatMap((file) => file.judgements));
    this.diagnostics.clear();
    for (const file of this.identities) this.diagnostics.set(file.uri, file.problems.map((p) => toDiagnostic(p, new LineMap(file.text))));
    for (const state of this.files.values()) {
      const lines = new LineMap(state.text);
      const diagnostics = state.problems.map((p) => toDiagnostic(p, lines));
      for (const warning of this.library.warnings.filter((w) => w.source === state.uri.toString())) {
        const index = state.loaded?.dossier.actors.findIndex((a) => a.id === warning.actorId) ?? -1;
        const { start, end } = state.parsed.locate(['actors', index, 'id']);
        diagnostics.push(toDiagnostic({ severity: 'warning', message: warning.message, start, end, ...lines.position(start) }, lines));
      }
      this.diagnostics.set(state.uri, diagnostics);
    }
    this.changeEmitter.fire(this.library);
  }
}

/**
 * The article's text, or why it cannot be had. A dossier names any path it
 * likes: only a regular file of sane size is read (never /dev/zero or a pipe).
 */
async function readArticle(uri: vscode.Uri, named: string): Promise<string | { problem: string }> {
  const read = await readRegularFile(uri, MAX_ARTICLE_BYTES);
  if ('bytes' in read) {
    const decoded = decodeUtf8(read.bytes);
    return 'text' in decoded ? decoded.text : { problem: vscode.l10n.t('The article "{0}": {1}', named, decoded.problem) };
  }
  switch (read.fault) {
    case 'not-a-file': return { problem: vscode.l10n.t('The article "{0}" is not a regular file; it was not read.', named) };
    case 'too-large': return { problem: vscode.l10n.t('The article file "{0}" is over {1} MB; it was not read.', named, MAX_ARTICLE_BYTES / (1024 * 1024)) };
    case 'missing': return { problem: vscode.l10n.t('The article file "{0}" was not found beside this dossier.', named) };
  }
}

function toDiagnostic(problem: Problem, lines: LineMap): vscode.Diagnostic {
  const end = lines.position(problem.end);
  const range = new vscode.Range(problem.line - 1, problem.column - 1, end.line - 1, Math.max(end.column - 1, problem.column - 1 + (problem.end === problem.start ? 1 : 0)));
  const diagnostic = new vscode.Diagnostic(range, problem.message, problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = 'sourcebook';
  return diagnostic;
}
