// The article as a read-only virtual document (`sourcebook-article:` URIs), its
// text read fresh from disk, so a passage is always selected in the text as it
// is now.
import * as vscode from 'vscode';
import { LoadedDossier } from '../../core/library';
import { DossierLibrary } from '../library/dossierLibrary';

export const ARTICLE_SCHEME = 'sourcebook-article';
export const ARTICLE_LANGUAGE = 'sourcebook-article';
const UPDATE_TIMEOUT_MS = 2000;

export class ArticleDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly library: DossierLibrary) {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(ARTICLE_SCHEME, this),
      library.onDidChange(() => this.openArticles().forEach((doc) => this.changed.fire(doc.uri))),
      // An article edited and saved in VS Code shows its new text at once.
      vscode.workspace.onDidSaveTextDocument((saved) => {
        for (const doc of this.openArticles()) if (this.dossierOf(doc.uri)?.articleSource === saved.uri.toString()) this.changed.fire(doc.uri);
      }),
    );
  }

  /** The URI of a dossier's article; the dossier's own URI in the query keeps two articles with one id apart. */
  uriFor(loaded: LoadedDossier): vscode.Uri {
    return vscode.Uri.from({ scheme: ARTICLE_SCHEME, path: `/${loaded.dossier.article.id}`, query: loaded.source });
  }

  dossierOf(uri: vscode.Uri): LoadedDossier | undefined {
    return this.library.current.dossiers.find((d) => d.source === uri.query);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const loaded = this.dossierOf(uri);
    if (!loaded) return vscode.l10n.t('This article is no longer in the Sourcebook library.');
    return (await this.library.readArticleText(loaded)) ?? vscode.l10n.t('The text of this article could not be read.');
  }

  /**
   * Opens the article document with its current text from disk, in the
   * article language. An already open document is brought up to date first.
   */
  async open(loaded: LoadedDossier): Promise<vscode.TextDocument> {
    const uri = this.uriFor(loaded);
    let doc = await vscode.workspace.openTextDocument(uri);
    const fresh = await this.provideTextDocumentContent(uri);
    if (doc.getText() !== fresh) doc = await this.reload(doc);
    if (doc.languageId !== ARTICLE_LANGUAGE) doc = await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
    return doc;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private reload(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        listener.dispose();
        resolve(doc);
      };
      const listener = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc) done();
      });
      const timer = setTimeout(done, UPDATE_TIMEOUT_MS);
      this.changed.fire(doc.uri);
    });
  }

  private openArticles(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((doc) => doc.uri.scheme === ARTICLE_SCHEME);
  }
}
