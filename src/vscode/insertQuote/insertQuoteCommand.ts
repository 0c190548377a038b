// `sourcebook.insertQuote`: pick a quote (or take the one named in the
// argument) and insert it, cited, at every cursor of the active editor.
import * as vscode from 'vscode';
import { citationKey } from '../../core/citation/cslItem';
import { citationStyleSpec } from '../../core/citation/styles';
import { inertText } from '../../core/display/inertText';
import { LibraryQuote } from '../../core/library';
import { Article } from '../../core/model';
import { DossierLibrary } from '../library/dossierLibrary';
import { addToBibliography, configuredBibliography, copyCslJson, askForBibliography } from './bibliography';
import { citationSettings } from './citationSettings';
import { insertIntoEditor, isReadOnly } from './editorInsertion';
import { QuoteCiter, warnAboutDroppedUrls } from './quoteCiter';
import { pickQuote } from './quotePicker';

/** The command's argument: a quote (from a tree item, a hover link, a script) or a speaker to filter by. */
export interface InsertQuoteArgs {
  quoteId?: string;
  articleId?: string;
  speakerKey?: string;
}

/** What happened, for scripts and tests; `message` is what the user was shown. */
export interface InsertQuoteResult {
  outcome: 'inserted' | 'cancelled' | 'no-editor' | 'read-only' | 'not-found';
  message?: string;
}

export class InsertQuoteCommand {
  /** Articles whose Pandoc entry the user was already told about in this session. */
  private readonly toldAboutBibliography = new Set<string>();

  constructor(
    private readonly library: DossierLibrary,
    private readonly citer: QuoteCiter,
  ) {}

  async run(args?: InsertQuoteArgs): Promise<InsertQuoteResult> {
    const problem = this.editorProblem(vscode.window.activeTextEditor);
    if (problem) return problem;
    this.citer.prepare(vscode.window.activeTextEditor!.document);
    await this.library.ready;
    const entry = await this.chooseQuote(args);
    if (!entry) {
      return args?.quoteId ? this.tell('not-found', vscode.l10n.t('The quote "{0}" is not in the library.', inertText(String(args.quoteId)))) : { outcome: 'cancelled' };
    }
    // The editor and its cursors as they are now, after the picker closed.
    const editor = vscode.window.activeTextEditor;
    const stillProblem = this.editorProblem(editor);
    if (stillProblem || !editor) return stillProblem ?? { outcome: 'no-editor' };
    const cited = await this.citer.cite([entry], editor.document);
    if (!(await insertIntoEditor(editor, cited))) return this.readOnly(editor.document);
    if (citationStyleSpec(citationSettings(editor.document).style).keepsBibliography) void this.keepBibliography(entry.dossier.dossier.article, editor.document);
    const warning = warnAboutDroppedUrls(cited);
    return warning ? { outcome: 'inserted', message: warning } : { outcome: 'inserted' };
  }

  private async chooseQuote(args?: InsertQuoteArgs): Promise<LibraryQuote | undefined> {
    const library = this.library.current;
    if (args?.quoteId) return library.findQuote(args.quoteId, args.articleId);
    const speaker = args?.speakerKey ? library.actorByKey(args.speakerKey) : undefined;
    return pickQuote(library, speaker);
  }

  private editorProblem(editor: vscode.TextEditor | undefined): InsertQuoteResult | undefined {
    if (!editor) return this.tell('no-editor', vscode.l10n.t('Open a document and place the cursor where the quote should go, then insert the quote.'));
    if (isReadOnly(editor.document)) return this.readOnly(editor.document);
    return undefined;
  }

  private readOnly(document: vscode.TextDocument): InsertQuoteResult {
    const name = document.uri.path.split('/').pop() || document.uri.toString();
    return this.tell('read-only', vscode.l10n.t('{0} is read-only: the quote was not inserted.', inertText(name)));
  }

  private tell(outcome: InsertQuoteResult['outcome'], message: string): InsertQuoteResult {
    void vscode.window.showWarningMessage(message);
    return { outcome, message };
  }

  /** Pandoc needs the article in a bibliography: keep the configured file up to date, or say how once. */
  private async keepBibliography(article: Article, document: vscode.TextDocument): Promise<void> {
    const file = configuredBibliography(citationSettings(document).bibliography, document);
    try {
      if (file) {
        vscode.window.setStatusBarMessage(await addToBibliography(article, file), 5000);
        return;
      }
      if (this.toldAboutBibliography.has(article.id)) return;
      this.toldAboutBibliography.add(article.id);
      const copy = vscode.l10n.t('Copy CSL-JSON');
      const add = vscode.l10n.t('Add to Bibliography File…');
      const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Pandoc resolves @{0} from a bibliography file.', inertText(citationKey(article))), copy, add);
      if (choice === copy) void vscode.window.showInformationMessage(await copyCslJson(article));
      const target = choice === add ? await askForBibliography() : undefined;
      if (target) void vscode.window.showInformationMessage(await addToBibliography(article, target));
    } catch (error) {
      void vscode.window.showErrorMessage((error as Error).message);
    }
  }
}
