// Create Dossier on a saved web page, in the real extension host: the body
// text is written beside the page, the dossier holds the page's metadata and
// names both files, and Insert Quote then cites title, outlet and URL. Also
// New Article from Clipboard.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseDossier } from '../../src/core/dossier/parse';
import type { InsertQuoteResult } from '../../src/vscode/insertQuote';
import { sourcebook, until } from './extensionApi';

const EXTENSION_ID = 'sourcebook.sourcebook';
const TMP = 'tmp-page';
const URL = 'http://globalvoicesonline.org/2012/05/22/armenia-nationalists-disrupt-cultural-diversity-march/';

const workspaceUri = (...parts: string[]) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...parts);
const readText = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('Create Dossier from a saved web page', function () {
  this.timeout(120_000);
  const page = workspaceUri(TMP, 'armenia.html');
  const body = workspaceUri(TMP, 'armenia.txt');
  const dossierUri = workspaceUri(TMP, 'armenia.dossier.yaml');

  before(async () => {
    await sourcebook();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await vscode.workspace.fs.createDirectory(workspaceUri(TMP));
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'pages', 'wordpress-globalvoices.html'), page, { overwrite: true });
  });

  after(async () => {
    for (let i = 0; i < 20 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dossierUri).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri(TMP), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('sourcebook.refresh');
  });

  it('writes the article text beside the page and a dossier with the page\'s metadata', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri>('sourcebook.createDossier', { uri: page, ask: false, open: false });
    assert.strictEqual(written?.toString(), dossierUri.toString());
    const text = await readText(body);
    assert.ok(text.startsWith('As was the case in 2009 during a rally'), text.slice(0, 120));
    for (const furniture of ['Share this', 'Recent Posts', 'Leave a Reply', 'Marchers in Yerevan', 'Accept all cookies']) assert.ok(!text.includes(furniture), furniture);
    const parsed = parseDossier(await readText(dossierUri));
    assert.deepStrictEqual(parsed.problems, []);
    const article = parsed.dossier!.article;
    assert.strictEqual(article.title, 'Armenia: Nationalists Disrupt Cultural Diversity March');
    assert.strictEqual(article.outlet, 'Global Voices');
    assert.deepStrictEqual(article.authors, ['Onnik Krikorian']);
    assert.strictEqual(article.published, '2012-05-22');
    assert.strictEqual(article.url, URL);
    assert.strictEqual(article.language, 'en-US');
    assert.strictEqual(article.file, 'armenia.txt');
    assert.strictEqual(article.source_file, 'armenia.html');
    assert.match(article.accessed ?? '', /^\d{4}-\d{2}-\d{2}$/);
  });

  it('never overwrites a different file of the same name: the text goes to a new one', async () => {
    await vscode.workspace.fs.writeFile(body, new TextEncoder().encode('my own notes\n'));
    await vscode.commands.executeCommand('sourcebook.createDossier', { uri: page, ask: false, open: false, replace: true });
    assert.strictEqual(await readText(body), 'my own notes\n');
    const article = parseDossier(await readText(dossierUri)).dossier!.article;
    assert.strictEqual(article.file, 'armenia-2.txt');
    assert.ok((await readText(workspaceUri(TMP, 'armenia-2.txt'))).startsWith('As was the case in 2009'));
  });

  it('Insert Quote then gives a footnote with title, outlet and URL', async () => {
    const api = await sourcebook();
    const loaded = await until(() => api.library().dossiers.find((d) => d.source === dossierUri.toString() && d.articleText), 'the library to load the page\'s dossier');
    const quote = loaded.dossier.quotes[0];
    assert.ok(quote, 'the dossier has a quote');
    const editor = await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(vscode.Uri.parse('untitled:/page-draft.md')), 'markdown'));
    const result = await vscode.commands.executeCommand<InsertQuoteResult>('sourcebook.insertQuote', { quoteId: quote.id, articleId: loaded.dossier.article.id });
    assert.deepStrictEqual(result, { outcome: 'inserted' });
    const footnote = editor.document.getText().split('\n').find((line) => line.startsWith('[^armenia]:'));
    assert.strictEqual(footnote, `[^armenia]: Krikorian, O. (2012, May 22). Armenia: Nationalists Disrupt Cultural Diversity March. *Global Voices*. <${URL}>`);
  });
});

describe('New Article from Clipboard', function () {
  this.timeout(30_000);
  after(async () => {
    for (let i = 0; i < 5 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens the clipboard\'s text as a new untitled article', async () => {
    await sourcebook();
    const copied = 'Bridge to reopen in spring\nBy Jane Doe\n\n“We will rebuild the bridge by spring,” Mayor Ana Costa said on Monday.';
    await vscode.env.clipboard.writeText(copied);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.newArticleFromClipboard');
    assert.ok(editor?.document.isUntitled);
    assert.strictEqual(editor!.document.getText(), copied + '\n');
    assert.strictEqual(vscode.window.activeTextEditor?.document, editor!.document);
  });
});
