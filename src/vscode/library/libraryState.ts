// The library's state: every dossier of the workspace as last loaded (text,
// parse with positions, problems), the bundled sample, the identity
// judgements, and the core Library built from them.
import * as vscode from 'vscode';
import { Library, LoadedDossier } from '../../core/library';
import { IdentitiesState } from './identitiesFile';
import { DossierEntry } from './readDossier';

export class LibraryState {
  private readonly entries = new Map<string, DossierEntry>();
  /** Article URI → the dossiers that read it. */
  private articleReaders = new Map<string, vscode.Uri[]>();
  private built = new Library([]);
  sample?: LoadedDossier;
  identities: IdentitiesState[] = [];

  /** The library as last built. */
  get library(): Library {
    return this.built;
  }

  get size(): number {
    return this.entries.size;
  }

  has(uri: vscode.Uri | string): boolean {
    return this.entries.has(uri.toString());
  }

  get(uri: vscode.Uri | string): DossierEntry | undefined {
    return this.entries.get(uri.toString());
  }

  all(): IterableIterator<DossierEntry> {
    return this.entries.values();
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  replaceAll(entries: readonly DossierEntry[]): void {
    this.entries.clear();
    for (const entry of entries) this.entries.set(entry.uri.toString(), entry);
  }

  set(entry: DossierEntry): void {
    this.entries.set(entry.uri.toString(), entry);
  }

  delete(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }

  /** The dossiers whose `file:` is this article. */
  readersOf(article: vscode.Uri): readonly vscode.Uri[] {
    return this.articleReaders.get(article.toString()) ?? [];
  }

  /** Builds the library from the dossiers as they are now. */
  rebuild(): Library {
    const loaded: LoadedDossier[] = [];
    if (this.sample) loaded.push(this.sample);
    this.articleReaders = new Map();
    for (const entry of this.entries.values()) {
      if (!entry.loaded) continue;
      loaded.push(entry.loaded);
      const article = entry.loaded.articleSource;
      if (article) this.articleReaders.set(article, [...(this.articleReaders.get(article) ?? []), entry.uri]);
    }
    this.built = new Library(loaded, this.identities.flatMap((file) => file.judgements));
    return this.built;
  }
}
