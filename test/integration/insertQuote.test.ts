// Insert a cited quote, in the real extension host: the words, the speaker and
// the citation each style writes, every cursor, one undo, read-only editors,
// a document edited while the picker is open, and the Pandoc bibliography.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcebookApi } from '../../src/vscode/extension';
import { until } from './extensionApi';
import type { InsertQuoteResult } from '../../src/vscode/insertQuote';
import { BundledReferences } from '../../src/vscode/insertQuote/bundledCsl';
import { QuoteCiter } from '../../src/vscode/insertQuote/quoteCiter';
import { QUOTES_TREE_MIME, quoteDragData, QuoteDropEditProvider } from '../../src/vscode/insertQuote/treeDrop';
import { DossierLibrary } from '../../src/vscode/library/dossierLibrary';

const ARTICLE = 'caracas-bogota-2022';
const FOOTNOTE = '[^caracas-bogota-2022]: *Caracas takes steps to restore military relations with Bogota*. (2022, August 9).';
const NO_AMBASSADORS = '“As long as relations are not normalized, there will be no ambassadors,”';
const SPEECH_QUOTES: Record<string, { words: string; speaker: string }> = {
  'padrino-instructions': { words: 'I have received instructions', speaker: 'Vladimir Padrino López' },
  'padrino-establish-contact': { words: 'to immediately establish contact with the Colombian Ministry of Defense in order to restore our military relations,', speaker: 'Vladimir Padrino López' },
  'padrino-start-working': {
    words: 'We have to start working. This does not mean that there will be a political change and that the changes will happen immediately, that does not exist. We have to take it little by little […] with great caution, great tact […] for us to assume the new realities on the border with Colombia,',
    speaker: 'Vladimir Padrino López',
  },
  'petro-normalization-process': { words: 'normalization process', speaker: 'Gustavo Petro' },
  'petro-two-months': { words: 'in two months we may have settled the most important issues', speaker: 'Gustavo Petro' },
  'petro-no-ambassadors': { words: 'As long as relations are not normalized, there will be no ambassadors,', speaker: 'Gustavo Petro' },
};

const citation = () => vscode.workspace.getConfiguration('sourcebook.citation');
const insert = (args?: object) => vscode.commands.executeCommand<InsertQuoteResult>('sourcebook.insertQuote', args);
const insertSample = (quoteId: string) => insert({ quoteId, articleId: ARTICLE });
const count = (text: string, part: string) => text.split(part).length - 1;

let drafts = 0;

/** A new untitled draft with a name of its own (VS Code reuses closed "Untitled-N" names, and with them stale documents). */
async function openDraft(language: 'markdown' | 'plaintext', content = ''): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(`untitled:/insert-quote-${++drafts}.${language === 'markdown' ? 'md' : 'txt'}`);
  const editor = await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), language));
  if (content) await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

/** Closes the test's drafts without a save prompt (untitled documents are dirty). */
async function closeDrafts(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

async function setCitation(key: 'style' | 'csl' | 'bibliography', value: string | undefined): Promise<void> {
  await citation().update(key, value, vscode.ConfigurationTarget.Global);
}

const TMP = 'tmp-insertQuote';
const UNATTRIBUTED_DOSSIER = `sourcebook: 1
article:
  id: border-talks
  title: Border talks resume
  outlet: El Tiempo
  text: "Officials met on the bridge. “The crossing will reopen soon,” a source said."
actors: []
events: []
quotes:
  - id: crossing-reopen
    kind: speech
    speaker: null
    text: The crossing will reopen soon,
`;

function workspaceUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...parts);
}

describe('Insert a cited quote', function () {
  this.timeout(30_000);
  let api: SourcebookApi;

  before(async () => {
    api = await vscode.extensions.getExtension<SourcebookApi>('sourcebook.sourcebook')!.activate();
    await api.ready();
  });

  after(async () => {
    // The dossier first: a deleted folder does not tell the watcher about the files it held.
    await vscode.workspace.fs.delete(workspaceUri(TMP, 'border.dossier.yaml')).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri(TMP), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    // The next suites expect the library as it was.
    await vscode.commands.executeCommand('sourcebook.refresh');
    await until(() => (api.library().findQuote('crossing-reopen', 'border-talks') ? undefined : true), 'the temporary dossier to leave the library');
  });

  afterEach(async () => {
    for (const key of ['style', 'csl', 'bibliography'] as const) await setCitation(key, undefined);
    await closeDrafts();
  });

  describe('into an empty Markdown document (footnote style by default)', () => {
    for (const [quoteId, { words, speaker }] of Object.entries(SPEECH_QUOTES)) {
      it(`${quoteId}: the exact words, the speaker as the dossier spells it, one footnote`, async () => {
        const editor = await openDraft('markdown');
        assert.deepStrictEqual(await insertSample(quoteId), { outcome: 'inserted' });
        const text = editor.document.getText();
        assert.ok(text.startsWith(`“${words}`), text);
        assert.ok(text.includes(speaker), text);
        assert.strictEqual(count(text, '[^caracas-bogota-2022]:'), 1, text);
        assert.ok(text.endsWith(`\n\n${FOOTNOTE}\n`), text);
      });
    }

    it('writes the literal footnote form, with the verb then the speaker as tab stops', async () => {
      const editor = await openDraft('markdown');
      await insertSample('petro-no-ambassadors');
      assert.strictEqual(editor.document.getText(), `${NO_AMBASSADORS} said Gustavo Petro.[^caracas-bogota-2022]\n\n${FOOTNOTE}\n`);
      assert.strictEqual(editor.document.getText(editor.selection), 'said');
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      assert.strictEqual(editor.document.getText(editor.selection), 'Gustavo Petro');
    });

    it('reuses the footnote for a second quote from the same article', async () => {
      await setCitation('style', 'markdown-footnote');
      const editor = await openDraft('markdown', 'Caracas moved first. \n\nBogotá answered: \n');
      editor.selection = new vscode.Selection(0, 21, 0, 21);
      await insertSample('padrino-instructions');
      await vscode.commands.executeCommand('leaveSnippet');
      editor.selection = new vscode.Selection(2, 17, 2, 17);
      await insertSample('petro-no-ambassadors');
      assert.strictEqual(
        editor.document.getText(),
        `Caracas moved first. “I have received instructions,” said Vladimir Padrino López.[^caracas-bogota-2022]\n\nBogotá answered: ${NO_AMBASSADORS} said Gustavo Petro.[^caracas-bogota-2022]\n\n${FOOTNOTE}\n`,
      );
    });
  });

  describe('in each style', () => {
    it('inline (the default for plain text): AP attribution and the short source', async () => {
      const editor = await openDraft('plaintext');
      await insertSample('petro-no-ambassadors');
      assert.strictEqual(editor.document.getText(), `${NO_AMBASSADORS} said Gustavo Petro (Caracas Takes Steps to Restore Military Relations with Bogota, 2022).`);
    });

    it('pandoc: [@key, para. N]', async () => {
      await setCitation('style', 'pandoc');
      const editor = await openDraft('markdown');
      await insertSample('petro-no-ambassadors');
      assert.strictEqual(editor.document.getText(), `${NO_AMBASSADORS} said Gustavo Petro [@caracas-bogota-2022, para. 8].`);
    });

    it('latex: \\enquote and \\cite[para.~N]', async () => {
      await setCitation('style', 'latex');
      const editor = await openDraft('plaintext');
      await insertSample('petro-two-months');
      assert.strictEqual(editor.document.getText(), '\\enquote{in two months we may have settled the most important issues,} Gustavo Petro told reporters \\cite[para.~6]{caracas-bogota-2022}.');
    });

    it('plain: the quote and speaker only', async () => {
      await setCitation('style', 'plain');
      const editor = await openDraft('markdown');
      await insertSample('padrino-start-working');
      assert.strictEqual(editor.document.getText(), `“${SPEECH_QUOTES['padrino-start-working'].words}” continued Vladimir Padrino López.`);
    });

    it('the footnote reference follows sourcebook.citation.csl (MLA, then Chicago)', async () => {
      await setCitation('csl', 'modern-language-association');
      let editor = await openDraft('markdown');
      await insertSample('petro-two-months');
      assert.ok(editor.document.getText().endsWith('\n\n[^caracas-bogota-2022]: *Caracas Takes Steps to Restore Military Relations with Bogota*. 9 Aug. 2022.\n'), editor.document.getText());
      await setCitation('csl', 'chicago-author-date');
      editor = await openDraft('markdown');
      await insertSample('petro-two-months');
      assert.ok(editor.document.getText().endsWith('\n\n[^caracas-bogota-2022]: “Caracas Takes Steps to Restore Military Relations with Bogota.” 2022, August 9, 2022.\n'), editor.document.getText());
    });
  });

  describe('editing', () => {
    it('inserts at three cursors, and one undo restores the original text exactly', async () => {
      const original = 'First line\nSecond line\nThird line';
      const editor = await openDraft('markdown', original);
      editor.selections = [0, 1, 2].map((line) => new vscode.Selection(line, 0, line, 0));
      await insertSample('petro-two-months');
      const text = editor.document.getText();
      assert.strictEqual(count(text, '“in two months we may have settled the most important issues,” Gustavo Petro told reporters.[^caracas-bogota-2022]'), 3, text);
      assert.strictEqual(count(text, '[^caracas-bogota-2022]:'), 1, text);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), original);
    });

    it('keeps a quote inserted at the very end of a document apart from its footnote', async () => {
      const editor = await openDraft('markdown', '# Draft\n\n');
      editor.selection = new vscode.Selection(2, 0, 2, 0);
      await insertSample('petro-no-ambassadors');
      assert.strictEqual(editor.document.getText(), `# Draft\n\n${NO_AMBASSADORS} said Gustavo Petro.[^caracas-bogota-2022]\n\n${FOOTNOTE}\n`);
    });

    it('replaces a selection', async () => {
      await setCitation('style', 'plain');
      const editor = await openDraft('markdown', 'He said QUOTE here.');
      editor.selection = new vscode.Selection(0, 8, 0, 13);
      await insertSample('padrino-instructions');
      assert.strictEqual(editor.document.getText(), 'He said “I have received instructions,” said Vladimir Padrino López. here.');
    });

    it('inserts where the cursor is after the picker closes, even if the document changed meanwhile', async () => {
      await setCitation('style', 'plain');
      const editor = await openDraft('markdown', 'Draft.');
      const running = insert({ speakerKey: 'padrino-lopez' });
      await new Promise((resolve) => setTimeout(resolve, 800)); // the picker opens
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'A new lead.\n\n'));
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.deepStrictEqual(await running, { outcome: 'inserted' });
      assert.strictEqual(editor.document.getText(), 'A new lead.\n\nDraft.“I have received instructions,” said Vladimir Padrino López.');
    });

    it('leaves a read-only document unchanged and says why', async () => {
      const provider = vscode.workspace.registerTextDocumentContentProvider('sourcebook-readonly-test', { provideTextDocumentContent: () => 'Read-only text.' });
      try {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('sourcebook-readonly-test:/article.md'));
        await vscode.window.showTextDocument(document);
        const result = await insertSample('petro-two-months');
        assert.deepStrictEqual(result, { outcome: 'read-only', message: 'article.md is read-only: the quote was not inserted.' });
        assert.strictEqual(document.getText(), 'Read-only text.');
      } finally {
        provider.dispose();
      }
    });

    it('with no editor open, says what to do and changes nothing', async () => {
      await closeDrafts();
      const result = await insertSample('petro-two-months');
      assert.strictEqual(result?.outcome, 'no-editor');
      assert.strictEqual(result?.message, 'Open a document and place the cursor where the quote should go, then insert the quote.');
    });
  });

  describe('beyond the sample', () => {
    it('inserts a quote nobody is credited with, marked unattributed', async () => {
      await vscode.workspace.fs.writeFile(workspaceUri(TMP, 'border.dossier.yaml'), new TextEncoder().encode(UNATTRIBUTED_DOSSIER));
      await until(() => api.library().findQuote('crossing-reopen', 'border-talks'), 'the temporary dossier to load');
      const editor = await openDraft('markdown');
      await insert({ quoteId: 'crossing-reopen', articleId: 'border-talks' });
      assert.strictEqual(editor.document.getText(), '“The crossing will reopen soon” (unattributed).[^border-talks]\n\n[^border-talks]: Border talks resume. (n.d.). *El Tiempo*.\n');
    });

    it('pandoc: adds the article to the bibliography file the setting names', async () => {
      await setCitation('style', 'pandoc');
      await setCitation('bibliography', `${TMP}/references.json`);
      await openDraft('markdown');
      await insertSample('petro-two-months');
      const file = workspaceUri(TMP, 'references.json');
      const json = await until(() => Promise.resolve(vscode.workspace.fs.readFile(file)).then((bytes) => new TextDecoder().decode(bytes), () => undefined), 'references.json');
      assert.deepStrictEqual(JSON.parse(json), [
        { id: 'caracas-bogota-2022', type: 'article-newspaper', title: 'Caracas takes steps to restore military relations with Bogota', issued: { 'date-parts': [[2022, 8, 9]] }, language: 'en' },
      ]);
    });

    it('turns quotes dragged from the Quotes tree into a cited drop, footnote once', async () => {
      const extensionUri = vscode.extensions.getExtension('sourcebook.sourcebook')!.extensionUri;
      const library = new DossierLibrary(extensionUri);
      try {
        await library.ready;
        const provider = new QuoteDropEditProvider(library, new QuoteCiter(library, new BundledReferences(extensionUri)));
        const editor = await openDraft('markdown', 'Draft.');
        const dataTransfer = new vscode.DataTransfer();
        dataTransfer.set(QUOTES_TREE_MIME, quoteDragData([`${ARTICLE}/padrino-instructions`, `${ARTICLE}/petro-no-ambassadors`]));
        const drop = await provider.provideDocumentDropEdits(editor.document, new vscode.Position(0, 0), dataTransfer);
        assert.ok(drop && drop.insertText instanceof vscode.SnippetString);
        await vscode.workspace.applyEdit(drop.additionalEdit!);
        await editor.insertSnippet(drop.insertText, new vscode.Position(0, 0));
        assert.strictEqual(
          editor.document.getText(),
          `“I have received instructions,” said Vladimir Padrino López.[^caracas-bogota-2022] ${NO_AMBASSADORS} said Gustavo Petro.[^caracas-bogota-2022]Draft.\n\n${FOOTNOTE}\n`,
        );
      } finally {
        library.dispose();
      }
    });
  });
});
