// Insert a cited quote: the command, the CSL-JSON commands for Pandoc users,
// and the drop of quotes dragged from the Quotes tree.
import * as vscode from 'vscode';
import { inertText } from '../../core/display/inertText';
import { Article } from '../../core/model';
import { DossierLibrary } from '../library/dossierLibrary';
import { addToBibliography, askForBibliography, copyCslJson } from './bibliography';
import { BundledReferences } from './bundledCsl';
import { InsertQuoteArgs, InsertQuoteCommand } from './insertQuoteCommand';
import { QuoteCiter } from './quoteCiter';
import { QuoteDropEditProvider } from './treeDrop';

export { QUOTES_TREE_MIME, quoteDragData, QuoteDropEditProvider } from './treeDrop';
export type { InsertQuoteArgs, InsertQuoteResult } from './insertQuoteCommand';

export function registerInsertQuote(context: vscode.ExtensionContext, library: DossierLibrary): void {
  const citer = new QuoteCiter(library, new BundledReferences(context.extensionUri));
  const command = new InsertQuoteCommand(library, citer);
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcebook.insertQuote', (args?: InsertQuoteArgs) => command.run(args)),
    vscode.commands.registerCommand('sourcebook.copyCslJson', async (args?: ArticleArgs) => {
      const article = await chooseArticle(library, args);
      if (!article) return undefined;
      const message = await copyCslJson(article);
      void vscode.window.showInformationMessage(message);
      return message;
    }),
    vscode.commands.registerCommand('sourcebook.addToBibliography', async (args?: ArticleArgs) => {
      const article = await chooseArticle(library, args);
      const file = article && (await askForBibliography());
      if (!article || !file) return;
      try {
        void vscode.window.showInformationMessage(await addToBibliography(article, file));
      } catch (error) {
        void vscode.window.showErrorMessage((error as Error).message);
      }
    }),
    vscode.languages.registerDocumentDropEditProvider({ pattern: '**' }, new QuoteDropEditProvider(library, citer), {
      dropMimeTypes: QuoteDropEditProvider.dropMimeTypes,
      providedDropEditKinds: QuoteDropEditProvider.providedDropEditKinds,
    }),
  );
}

/** A tree item, a hover link or a script names the article directly or through one of its quotes. */
interface ArticleArgs {
  articleId?: string;
  quoteId?: string;
}

async function chooseArticle(library: DossierLibrary, args?: ArticleArgs): Promise<Article | undefined> {
  await library.ready;
  const current = library.current;
  const named = args?.quoteId ? current.findQuote(args.quoteId, args.articleId)?.dossier : current.dossiers.find((d) => d.dossier.article.id === args?.articleId);
  if (named) return named.dossier.article;
  const articles = current.dossiers.map((d) => d.dossier.article);
  if (articles.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('The library has no articles yet.'));
  if (articles.length <= 1) return articles[0];
  const picked = await vscode.window.showQuickPick(
    articles.map((article) => ({ label: inertText(article.title ?? article.id), description: article.published, article })),
    { title: vscode.l10n.t('Which article?') },
  );
  return picked?.article;
}
