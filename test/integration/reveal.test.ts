// Reveal in article, in the real extension host: the article opens read-only
// as a `sourcebook-article` document with exactly the passage selected, also
// after the article file was edited on disk around it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcebookApi } from '../../src/vscode/extension';
import { click, libraryWhere, rowLabelled, rows, sourcebook, TempFolder } from './sidebarHelpers';

const SAMPLE = 'caracas-bogota-2022';

function selectedText(editor: vscode.TextEditor | undefined): string | undefined {
  return editor?.document.getText(editor.selection);
}

describe('reveal in article', () => {
  let api: SourcebookApi;

  before(async () => {
    api = await sourcebook();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const [quoteId, words] of [
    ['padrino-instructions', 'I have received instructions'],
    ['padrino-establish-contact', 'to immediately establish contact with the Colombian Ministry of Defense in order to restore our military relations,'],
    ['padrino-start-working', 'We have to start working. This does not mean that there will be a political change and that the changes will happen immediately, that does not exist. We have to take it little by little […] with great caution, great tact […] for us to assume the new realities on the border with Colombia,'],
    ['petro-normalization-process', 'normalization process'],
    ['petro-two-months', 'in two months we may have settled the most important issues'],
    ['petro-no-ambassadors', 'As long as relations are not normalized, there will be no ambassadors,'],
  ]) {
    it(`selects exactly the words of ${quoteId}`, async () => {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.revealInArticle', { quoteId, articleId: SAMPLE });
      assert.strictEqual(editor?.document.uri.scheme, 'sourcebook-article');
      assert.strictEqual(editor.document.languageId, 'sourcebook-article');
      assert.strictEqual(selectedText(editor), words);
      const visible = editor.visibleRanges.some((range) => range.contains(editor.selection.start));
      assert.ok(visible, 'the passage is scrolled into view');
    });
  }

  it('opens the article from a click on a quote in the Quotes tree', async () => {
    const petro = await rowLabelled(api.sidebar.quotes.provider, 'Gustavo Petro');
    const quote = (await rows(api.sidebar.quotes.provider, petro.node)).find((row) => row.node.type === 'quote' && row.node.quoteId === 'petro-two-months')!;
    const editor = await click<vscode.TextEditor>(quote);
    assert.strictEqual(selectedText(editor), 'in two months we may have settled the most important issues');
    assert.ok(vscode.window.visibleTextEditors.includes(editor));
  });

  it("selects an event's passage and an actor's first mention", async () => {
    const event = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.revealInArticle', { eventId: 'apure-fighting', articleId: SAMPLE });
    assert.strictEqual(selectedText(event), 'In March 2021, fighting in Apure (southwest) between Venezuelan soldiers and groups of Colombian irregulars left 16 soldiers dead');
    const actor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.revealInArticle', { actorKey: 'maduro' });
    assert.strictEqual(selectedText(actor), 'President Nicolas Maduro');
  });

  describe('an article edited on disk', () => {
    const folder = new TempFolder('tmp-reveal');
    const article = '(Springfield) The city council approved the budget on Tuesday.\n“This budget keeps every library open,” Mayor Ferrer said.\n';
    const dossier = `sourcebook: 1
article:
  id: tmp-reveal-budget
  title: Council approves the budget
  file: budget.txt
actors:
  - id: ferrer
    kind: person
    name: Lucía Ferrer
    aliases: [Ferrer, Mayor Ferrer]
    role: Mayor
events:
  - id: vote
    date: 2024-03-05
    title: The council approves the budget
    actors: [ferrer]
    anchor: {exact: approved the budget on Tuesday}
quotes:
  - id: ferrer-libraries
    kind: speech
    speaker: ferrer
    text: This budget keeps every library open
    attribution: said
    anchor: {exact: This budget keeps every library open, prefix: "“", suffix: ",” Mayor Ferrer said"}
`;

    before(async () => {
      await folder.write('budget.txt', article);
      await folder.write('budget.dossier.yaml', dossier);
      await libraryWhere(api, (library) => library.dossiers.some((d) => d.dossier.article.id === 'tmp-reveal-budget'));
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await folder.remove(() => libraryWhere(api, (library) => !library.dossiers.some((d) => d.dossier.article.id === 'tmp-reveal-budget')));
    });

    it('selects the same words after text was added before them, even the same words unquoted', async () => {
      const target = { quoteId: 'ferrer-libraries', articleId: 'tmp-reveal-budget' };
      const first = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.revealInArticle', target);
      assert.strictEqual(selectedText(first), 'This budget keeps every library open');
      assert.strictEqual(first.selection.start.line, 1);

      const note = 'Editor’s note: whether This budget keeps every library open applies to branches is disputed.\n';
      await folder.write('budget.txt', note + article.replace('on Tuesday', 'late on Tuesday, 5 March'));
      const second = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.revealInArticle', target);
      assert.strictEqual(second.document, first.document, 'the same article view, brought up to date');
      assert.strictEqual(selectedText(second), 'This budget keeps every library open');
      assert.deepStrictEqual([second.selection.start.line, second.selection.start.character], [2, 1], 'the quoted words, not the note');
      assert.ok(second.document.getText().startsWith('Editor’s note'));
    });
  });
});
