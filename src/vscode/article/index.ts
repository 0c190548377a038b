// The article view: the `sourcebook-article` virtual documents and the
// commands that open them at a passage.
import * as vscode from 'vscode';
import { RevealTarget } from '../../core/views/passage';
import { DossierLibrary } from '../library/dossierLibrary';
import { ArticleDocuments } from './articleDocuments';
import { revealInArticle, RevealOptions } from './revealInArticle';

export function registerArticleView(context: vscode.ExtensionContext, library: DossierLibrary): void {
  const articles = new ArticleDocuments(library);
  context.subscriptions.push(
    articles,
    vscode.commands.registerCommand('sourcebook.revealInArticle', (target?: RevealTarget, options?: RevealOptions) =>
      revealInArticle(library, articles, target, options),
    ),
    vscode.commands.registerCommand('sourcebook.openSampleArticle', async () => {
      await library.ready;
      const sample = library.current.dossiers.find((d) => d.isSample);
      if (!sample) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The sample is turned off (setting "sourcebook.includeSample").'));
        return undefined;
      }
      return revealInArticle(library, articles, { dossierSource: sample.source });
    }),
  );
}
