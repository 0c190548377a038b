// Which file events concern the library: dossiers matching the glob created,
// changed or deleted (on disk or in VS Code), unsaved edits of open dossiers,
// folders deleted or created, articles edited on disk, identities files, and
// the settings and workspace folders that change what is loaded.
import * as vscode from 'vscode';
import { Disposable } from './disposable';
import { isIdentitiesUri } from './identitiesFile';

/** What the watching asks of the library. */
export interface WatchedLibrary {
  /** A dossier of this workspace (known already, or a dossier file inside a workspace folder). */
  isDossierUri(uri: vscode.Uri): boolean;
  isKnown(uri: vscode.Uri): boolean;
  schedule(uri: vscode.Uri): void;
  /** A deleted file or folder: every known dossier at or under it. */
  scheduleDeleted(uri: vscode.Uri): void;
  /** An article changed: the dossiers that read it. */
  scheduleReadersOf(article: vscode.Uri): void;
  scheduleIdentities(): void;
  scheduleFolderScan(): void;
  reload(): Promise<void>;
}

export const LIBRARY_SETTINGS = ['sourcebook.dossierGlob', 'sourcebook.includeSample', 'sourcebook.maxDossierSizeMB'];

export class FileWatching extends Disposable {
  private globWatcher?: vscode.FileSystemWatcher;
  private watchedGlob?: string;

  constructor(private readonly library: WatchedLibrary) {
    super();
    /**
     * Every file of the workspace: a deleted folder is reported as the folder
     * alone, which the dossier glob does not match, and an article edited on
     * disk must reload the dossiers that read it.
     */
    const anyFile = this.register(vscode.workspace.createFileSystemWatcher('**/*'));
    const identities = (uri: vscode.Uri) => {
      if (isIdentitiesUri(uri)) library.scheduleIdentities();
    };
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (LIBRARY_SETTINGS.some((key) => e.affectsConfiguration(key))) void library.reload();
      }),
      // Unsaved edits of a dossier show at once; closing it unsaved goes back to the disk.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (library.isDossierUri(e.document.uri)) library.schedule(e.document.uri);
        else if (isIdentitiesUri(e.document.uri)) library.scheduleIdentities();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (library.isKnown(document.uri)) library.schedule(document.uri);
      }),
      // File operations done in VS Code itself, in case the watcher misses one.
      vscode.workspace.onDidCreateFiles((e) => this.scheduleDossiers(e.files)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => library.scheduleDeleted(uri))),
      vscode.workspace.onDidRenameFiles((e) => this.scheduleDossiers(e.files.flatMap((f) => [f.oldUri, f.newUri]))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void library.reload()),
      anyFile.onDidDelete((uri) => {
        library.scheduleDeleted(uri);
        identities(uri);
      }),
      anyFile.onDidChange((uri) => {
        library.scheduleReadersOf(uri);
        identities(uri);
      }),
      anyFile.onDidCreate((uri) => {
        library.scheduleReadersOf(uri);
        identities(uri);
        if (!library.isDossierUri(uri) && mayBeFolder(uri)) library.scheduleFolderScan();
      }),
      { dispose: () => this.globWatcher?.dispose() },
    );
  }

  /** Watches the dossier glob (a new watcher only when the setting changed). */
  watchGlob(glob: string): void {
    if (glob === this.watchedGlob) return;
    this.globWatcher?.dispose();
    this.globWatcher = vscode.workspace.createFileSystemWatcher(glob);
    this.globWatcher.onDidCreate((uri) => this.library.schedule(uri));
    this.globWatcher.onDidChange((uri) => this.library.schedule(uri));
    this.globWatcher.onDidDelete((uri) => this.library.schedule(uri));
    this.watchedGlob = glob;
  }

  private scheduleDossiers(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) if (this.library.isDossierUri(uri)) this.library.schedule(uri);
  }
}

/**
 * Files written into a folder the moment it is created can escape the file
 * watcher (seen with code-server's), so a new folder triggers one search.
 */
function mayBeFolder(uri: vscode.Uri): boolean {
  return !/\/(node_modules|\.git)(\/|$)/.test(uri.path) && !/\.[^/]*$/.test(uri.path);
}
