// Reviewing a dossier without touching YAML, in the real extension host: each
// command, driven with its argument object on a copy of the sample and on an
// extracted dossier, changes exactly the expected lines of the document (the
// whole text is compared), keeps every comment, and one undo restores the
// file byte for byte; invalid requests change nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { createAnchor } from '../../src/core/anchor';
import type { EditPlan } from '../../src/core/dossier/edits';
import { flowMap } from '../../src/core/dossier/edits/yamlSource';
import type { SourcebookApi } from '../../src/vscode/extension';
import { libraryWhere, sourcebook, until } from './extensionApi';
import { rows, TempFolder } from './sidebarHelpers';

const folder = new TempFolder('tmp-review');

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

function replacedOnce(text: string, from: string, to: string): string {
  assert.strictEqual(text.split(from).length, 2, `expected exactly one ${JSON.stringify(from)}`);
  return text.replace(from, () => to);
}

function comments(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*#/.test(line));
}

describe('review commands', function () {
  this.timeout(180_000);
  let api: SourcebookApi;
  let sample: vscode.Uri;
  let extracted: vscode.Uri;

  before(async () => {
    api = await sourcebook();
    const root = vscode.extensions.getExtension('sourcebook.sourcebook')!.extensionUri;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, 'extracted'));
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, 'data', 'article.txt'), vscode.Uri.joinPath(folder.uri, 'article.txt'), { overwrite: true });
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, 'data', 'article.txt'), vscode.Uri.joinPath(folder.uri, 'extracted', 'article.txt'), { overwrite: true });
    // The copy gets its own article id, so it never merges with the bundled sample's ids.
    const sampleText = (await read(vscode.Uri.joinPath(root, 'data', 'dossier.yaml'))).replace('id: caracas-bogota-2022', 'id: review-copy');
    sample = await folder.write('sample.dossier.yaml', sampleText);
    extracted = await folder.write('extracted/article.dossier.yaml', await read(vscode.Uri.joinPath(root, 'test', 'fixtures', 'extracted.dossier.yaml')));
    await libraryWhere(api, (library) => library.dossiers.some((d) => d.source === sample.toString()) && library.dossiers.some((d) => d.source === extracted.toString()));
  });

  after(async () => {
    await vscode.commands.executeCommand('sourcebook.showAllItems');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of ['article.dossier.yaml', 'article.txt']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, 'extracted', file), { useTrash: false });
    await folder.remove(() => libraryWhere(api, (library) => !library.dossiers.some((d) => d.source.includes('/tmp-review/'))));
  });

  /** Runs the command, compares the whole text, then undoes it and compares again; the file is left as it was. */
  async function changes(uri: vscode.Uri, command: string, args: unknown, expected: (before: string) => string, prepare?: () => Promise<void>): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const before = document.getText();
    if (prepare) await prepare();
    const plan = await vscode.commands.executeCommand<EditPlan | undefined>(command, args);
    assert.ok(plan?.ok, `the command applied its edit: ${JSON.stringify(plan)}`);
    assert.strictEqual(document.getText(), expected(before));
    assert.deepStrictEqual(comments(document.getText()), comments(before), 'every comment is kept');
    assert.ok(!document.isDirty, `${command}: a clean dossier is saved after the edit`);
    assert.strictEqual(await read(uri), document.getText(), 'on disk too');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), before, 'one undo restores the file byte for byte');
    // A save right after a write can be refused for a moment, and the dirty flag
    // reaches the extension host after the save: save until the document is clean.
    await until(async () => (document.isDirty ? (await document.save(), false) : true), 'the restored document saved');
    await until(async () => (await read(uri)) === before, 'the restored file on disk');
  }

  /** The article view of a dossier, with `words` selected. */
  async function selectInArticle(uri: vscode.Uri, words: string): Promise<void> {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.revealInArticle', { dossierSource: uri.toString() });
    const at = editor.document.getText().indexOf(words);
    assert.ok(at >= 0, `"${words}" is in the article`);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
  }

  it('addQuote: the selection in the article view becomes a quote with its anchor', async () => {
    const words = 'denied press reports of an imminent meeting';
    await changes(sample, 'sourcebook.addQuote', { speaker: 'petro', kind: 'speech' }, (before) =>
      `${before}  - id: petro-denied-press-reports-of\n    kind: speech\n    speaker: petro\n    text: ${words}\n    anchor: ${anchorLine(words)}\n`,
    () => selectInArticle(sample, words));
    await libraryWhere(api, (library) => !library.quotes.some((q) => q.quote.id === 'petro-denied-press-reports-of'));
  });

  it('addAlias, addActor and addEvent on the extracted dossier, from its article file itself', async () => {
    const select = (words: string) => async () => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, 'extracted', 'article.txt'));
      const at = editor.document.getText().indexOf(words);
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
    };
    await changes(extracted, 'sourcebook.addAlias', { actorId: 'gustavo-petro' }, (before) => replacedOnce(before, '      - Mr Petro\n      - Mr. Petro\n', '      - Mr Petro\n      - Mr. Petro\n      - the left-wing president\n'), select('the left-wing president'));
    await changes(extracted, 'sourcebook.addActor', { kind: 'organization', name: 'Twitter' }, (before) => {
      const at = before.indexOf('events:\n');
      return `${before.slice(0, at)}  - id: twitter\n    kind: organization\n    name: Twitter\n${before.slice(at)}`;
    }, select('Twitter'));
    const passage = 'remained completely closed until a relaxation in October 2021';
    await changes(extracted, 'sourcebook.addEvent', { date: '2021-10', title: 'Border relaxed' }, (before) => {
      const at = before.indexOf('quotes:\n');
      return `${before.slice(0, at)}  - id: border-relaxed\n    date: 2021-10\n    title: Border relaxed\n    actors: []\n    anchor: ${anchorLine(passage)}\n${before.slice(at)}`;
    }, select(passage));
  });

  it('changeSpeaker, markReviewed, removeItem and mergeActors change exactly their lines', async () => {
    const quote = '  - id: petro-two-months\n    kind: speech\n    speaker: petro\n';
    await changes(sample, 'sourcebook.changeSpeaker', { quoteId: 'petro-two-months', articleId: 'review-copy', speaker: 'maduro' }, (before) => replacedOnce(before, quote, quote.replace('speaker: petro', 'speaker: maduro')));
    await changes(sample, 'sourcebook.changeSpeaker', { quoteId: 'petro-two-months', articleId: 'review-copy', speaker: null }, (before) => replacedOnce(before, quote, quote.replace('speaker: petro', 'speaker: null')));
    const venezuela = '    aliases:\n      - Caracas\n      - Venezuelan\n    confidence: 0.55\n';
    await changes(extracted, 'sourcebook.markReviewed', { item: 'actor', id: 'venezuela', articleId: 'article' }, (before) => replacedOnce(before, venezuela, `${venezuela}    reviewed: true\n`));
    await changes(extracted, 'sourcebook.markReviewed', { item: 'dossier', id: 'article' }, (before) => {
      let lines = '';
      for (const line of before.split(/(?<=\n)/)) lines += line + (/^ {4}confidence: /.test(line) ? '    reviewed: true\n' : '');
      return lines;
    });
    const normalization = '  - id: petro-normalization-process\n    kind: speech\n    speaker: petro\n    text: normalization process\n    attribution: told reporters\n';
    await changes(sample, 'sourcebook.removeItem', { item: 'quote', id: 'petro-normalization-process', articleId: 'review-copy' }, (before) => replacedOnce(before, normalization, ''));
    await changes(sample, 'sourcebook.removeItem', { item: 'actor', id: 'guaido', articleId: 'review-copy' }, (before) => {
      let expected = replacedOnce(before, '  - id: guaido\n    kind: person\n    name: Juan Guaidó\n    aliases: [Juan Guaido, Guaidó, Guaido]\n    role: Venezuelan opposition leader, recognised by Colombia as "interim president"\n', '');
      expected = replacedOnce(expected, 'actors: [venezuela, colombia, duque, guaido]', 'actors: [venezuela, colombia, duque]');
      return expected.replace(/speaker: guaido\n/g, 'speaker: null\n');
    });
    await changes(sample, 'sourcebook.mergeActors', { articleId: 'review-copy', into: 'petro', from: 'duque' }, (before) => {
      let expected = replacedOnce(before, 'aliases: [Mr Petro, Mr. Petro, Petro, the left-wing president]', 'aliases: [Mr Petro, Mr. Petro, Petro, the left-wing president, Iván Duque, Ivan Duque, Duque]');
      expected = replacedOnce(expected, '  - id: duque\n    kind: person\n    name: Iván Duque\n    aliases: [Ivan Duque, Duque]\n    role: outgoing President of Colombia\n', '');
      expected = replacedOnce(expected, 'actors: [venezuela, colombia, duque, guaido]', 'actors: [venezuela, colombia, petro, guaido]');
      return expected.replace(/speaker: duque\n/g, 'speaker: petro\n');
    });
  });

  it('keeps unsaved edits of an open dossier and leaves it unsaved', async () => {
    const document = await vscode.workspace.openTextDocument(sample);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# my note, not saved\n'));
    const before = document.getText();
    const plan = await vscode.commands.executeCommand<EditPlan>('sourcebook.markReviewed', { item: 'quote', id: 'petro-two-months', articleId: 'review-copy' });
    assert.ok(plan?.ok);
    assert.strictEqual(document.getText(), replacedOnce(before, '    text: in two months we may have settled the most important issues\n    attribution: told reporters\n', '    text: in two months we may have settled the most important issues\n    attribution: told reporters\n    reviewed: true\n'));
    assert.ok(document.isDirty, 'still unsaved');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), before);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('invalid requests change nothing and say why', async () => {
    const texts = async () => Promise.all([sample, extracted].map(async (uri) => (await vscode.workspace.openTextDocument(uri)).getText()));
    const before = await texts();
    const refused = async (command: string, args: unknown, pattern: RegExp) => {
      const plan = await vscode.commands.executeCommand<EditPlan | undefined>(command, args);
      assert.ok(plan && !plan.ok, `${command} is refused`);
      assert.match(plan.message, pattern);
    };
    await refused('sourcebook.changeSpeaker', { quoteId: 'no-such-quote', articleId: 'review-copy', speaker: 'petro' }, /No quote of this dossier has the id "no-such-quote"/);
    await refused('sourcebook.markReviewed', { item: 'event', id: 'nope', articleId: 'article' }, /No event/);
    await refused('sourcebook.removeItem', { item: 'actor', id: 'ghost', articleId: 'review-copy' }, /No actor/);
    await refused('sourcebook.mergeActors', { articleId: 'review-copy', into: 'petro', from: 'ghost' }, /No actor/);
    // An empty selection, and a selection outside any article: nothing to add.
    await selectInArticle(sample, 'normalization');
    vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 5, 0, 5);
    assert.strictEqual(await vscode.commands.executeCommand('sourcebook.addQuote', { speaker: 'petro' }), undefined);
    const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Petro said something.' });
    const editor = await vscode.window.showTextDocument(draft);
    editor.selection = new vscode.Selection(0, 0, 0, 5);
    assert.strictEqual(await vscode.commands.executeCommand('sourcebook.addAlias', { actorId: 'petro' }), undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepStrictEqual(await texts(), before);
  });

  it('badges count the items to check and the "only items to check" filter follows edits without a reload', async () => {
    const { actors, quotes } = api.sidebar;
    const toCheck = () => api.library().quotes.filter((q) => q.dossier.source === extracted.toString() && q.quote.confidence! < 0.8 && !q.quote.reviewed).map((q) => q.quote.id);
    const badgeBefore = quotes.view.badge?.value ?? 0;
    assert.ok(badgeBefore >= toCheck().length && toCheck().length > 0, `quotes badge ${badgeBefore}`);
    assert.ok((actors.view.badge?.value ?? 0) > 0, 'actors badge');
    await vscode.commands.executeCommand('sourcebook.showOnlyToCheck');
    const shownQuotes = async () => {
      const labels: string[] = [];
      const walk = async (node?: Parameters<typeof rows>[1]) => {
        for (const row of await rows(quotes.provider, node)) {
          if (row.node.type === 'quote') labels.push(row.node.quoteId);
          else await walk(row.node);
        }
      };
      await walk();
      return labels.sort();
    };
    assert.deepStrictEqual(await shownQuotes(), [...toCheck()].sort());
    const [first] = toCheck();
    const row = (await rows(quotes.provider)).length;
    assert.ok(row > 0);
    const plan = await vscode.commands.executeCommand<EditPlan>('sourcebook.markReviewed', { item: 'quote', id: first, articleId: 'article' });
    assert.ok(plan?.ok);
    assert.strictEqual(quotes.view.badge?.value ?? 0, badgeBefore - 1, 'the badge follows the edit');
    assert.deepStrictEqual(await shownQuotes(), toCheck().sort(), 'the filter follows the edit');
    assert.ok(!(await shownQuotes()).includes(first));
    // The marker: a row to check says so.
    await vscode.commands.executeCommand('sourcebook.showAllItems');
    const marked = (await rows(quotes.provider)).length;
    assert.ok(marked >= row);
    const document = await vscode.workspace.openTextDocument(extracted);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await document.save();
    await libraryWhere(api, () => toCheck().includes(first));
  });
});

let articleText = '';
/** The anchor line of a passage of the sample article: its words and 32 characters of context either side. */
function anchorLine(words: string): string {
  const at = articleText.indexOf(words);
  const { exact, prefix, suffix } = createAnchor(articleText, at, at + words.length);
  return flowMap({ exact, prefix, suffix });
}
before(async () => {
  articleText = await read(vscode.Uri.joinPath(vscode.extensions.getExtension('sourcebook.sourcebook')!.extensionUri, 'data', 'article.txt'));
});

describe('sourcebook.sameActor', function () {
  this.timeout(120_000);
  const people = new TempFolder('tmp-identities');
  const identities = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sourcebook.identities.yaml');
  const dossier = (article: string, actor: string) => `sourcebook: 1\narticle: {id: ${article}, text: "${actor.replace(/.*name: /, '').replace(/[,}].*/, '')} spoke."}\nactors:\n  - ${actor}\n`;
  let api: SourcebookApi;

  before(async () => {
    api = await sourcebook();
    await people.write('a.dossier.yaml', dossier('ident-a', '{id: lopez, kind: person, name: Ana López}'));
    await people.write('b.dossier.yaml', dossier('ident-b', '{id: ana, kind: person, name: Ana Lopez}'));
    await people.write('c.dossier.yaml', dossier('ident-c', '{id: ona, kind: person, name: Ona Villalba}'));
    await people.write('d.dossier.yaml', dossier('ident-d', '{id: ov, kind: person, name: O. Villalba Ruiz}'));
    await libraryWhere(api, (library) => ['ident-a', 'ident-b', 'ident-c', 'ident-d'].every((id) => library.dossiers.some((d) => d.dossier.article.id === id)));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(identities, { useTrash: false }).then(undefined, () => undefined);
    await people.remove(() => libraryWhere(api, (library) => !library.dossiers.some((d) => d.dossier.article.id.startsWith('ident-'))));
  });

  const actorsNamed = (name: RegExp) => api.library().actors.filter((a) => a.appearances.some((x) => x.dossier.dossier.article.id.startsWith('ident-')) && name.test(a.name));
  async function cardCount(text: string, needle: string): Promise<number> {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(text.indexOf(needle) + 2));
    return hovers.flatMap((h) => h.contents).filter((c) => c instanceof vscode.MarkdownString && c.value.includes('command:sourcebook.showInTree')).length;
  }
  async function peopleRows(): Promise<string[]> {
    const group = (await rows(api.sidebar.actors.provider)).find((r) => r.node.type === 'kindGroup' && r.node.kind === 'person')!;
    return (await rows(api.sidebar.actors.provider, group.node)).map((r) => r.label);
  }

  it('"not the same" keeps two same-named actors apart in the trees and hovers, and survives a reload', async () => {
    assert.strictEqual(actorsNamed(/^Ana L/).length, 1, 'one folded name: merged');
    assert.strictEqual(await cardCount('Ana López wrote.', 'Ana López'), 1);
    const result = await vscode.commands.executeCommand('sourcebook.sameActor', { keys: ['ident-a/lopez', 'ident-b/ana'], same: false });
    assert.ok(result, 'the judgement was recorded');
    assert.strictEqual(await read(identities), '# Which actors of different dossiers are the same person (see the README).\nsourcebook-identities: 1\njudgements:\n  - actors: [ident-a/lopez, ident-b/ana]\n    same: false\n');
    await libraryWhere(api, () => actorsNamed(/^Ana L/).length === 2);
    assert.deepStrictEqual((await peopleRows()).filter((label) => /^Ana L/.test(label)).sort(), ['Ana Lopez', 'Ana López']);
    assert.strictEqual(await cardCount('Ana López wrote.', 'Ana López'), 2);
    await vscode.commands.executeCommand('sourcebook.refresh');
    assert.strictEqual(actorsNamed(/^Ana L/).length, 2, 'after a reload');
  });

  it('"same" joins two differently named actors, and survives a reload', async () => {
    assert.strictEqual(actorsNamed(/Villalba/).length, 2);
    await vscode.commands.executeCommand('sourcebook.sameActor', { keys: ['ident-c/ona', 'ident-d/ov'], same: true });
    await libraryWhere(api, () => actorsNamed(/Villalba/).length === 1);
    const [joined] = actorsNamed(/Villalba/);
    assert.strictEqual(joined.appearances.length, 2);
    assert.strictEqual(await cardCount('O. Villalba Ruiz wrote.', 'Villalba Ruiz'), 1);
    await vscode.commands.executeCommand('sourcebook.refresh');
    assert.strictEqual(actorsNamed(/Villalba/).length, 1, 'after a reload');
  });

  it('reports a broken judgement in the Problems panel and refuses keys it does not know', async () => {
    const refused = await vscode.commands.executeCommand('sourcebook.sameActor', { keys: ['ident-a/lopez', 'nowhere/nobody'], same: true });
    assert.strictEqual(refused, undefined);
    const document = await vscode.workspace.openTextDocument(identities);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(document.positionAt(document.getText().length), '  - actors: [ident-a/lopez]\n    same: true\n'));
    const diagnostics = await until(() => vscode.languages.getDiagnostics(identities).find((d) => /two actors/.test(d.message)), 'a diagnostic on the identities file');
    assert.strictEqual(diagnostics.range.start.line, 7);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
