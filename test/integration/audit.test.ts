// The fact-check sheet and the Coverage view in the real extension host: the
// report opens beside the draft with the right rows and links that work; the
// view lists the sample draft's speakers and follows the draft as it changes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AuditCommandResult } from '../../src/vscode/audit';
import { sourcebook, until } from './extensionApi';

const workspaceRoot = () => vscode.workspace.workspaceFolders![0].uri;
const sampleDraft = () => vscode.Uri.joinPath(workspaceRoot(), 'drafts', 'coverage-draft.md');

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Fact-check sheet and Coverage view', function () {
  this.timeout(60_000);
  before(() => sourcebook());
  afterEach(closeAll);

  it('opens the report beside the sample draft with a row per quotation and links to the draft and the source', async () => {
    const draft = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sampleDraft()), vscode.ViewColumn.One);
    const result = await vscode.commands.executeCommand<AuditCommandResult>('sourcebook.auditDraft');
    assert.ok(result, 'the command returns its report');
    const shown = await until(() => vscode.window.visibleTextEditors.find((e) => e.document === result.document), 'the report to be visible');
    assert.notStrictEqual(shown.viewColumn, draft.viewColumn, 'beside the draft, not in its place');
    assert.strictEqual(result.document.languageId, 'markdown');
    const text = result.document.getText();
    assert.match(text, /^# Fact-check: drafts\/coverage-draft\.md/);
    assert.match(text, /\*\*2 quotations: 2 verified, 0 altered/);
    assert.match(text, /\| \[8:36\]\(<command:sourcebook\.revealInDraft\?[^>]*>\) \| verified \| “little by little” \| \[Vladimir Padrino López, caracas-bogota-2022\]\(<command:sourcebook\.revealInArticle\?/);
    assert.match(text, /verified \| “normalization process” \| \[Gustavo Petro, caracas-bogota-2022\]/);
    assert.match(text, /\| Nicolás Maduro \| person \| 2 \|/);

    // The links, as the editor gets them, and the reveal link doing what it says.
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', result.document.uri);
    const targets = links.map((l) => l.target!);
    // The first link goes to the draft's quotation: it selects "little by little" there.
    const toDraft = targets.find((t) => t.scheme === 'command' && t.path === 'sourcebook.revealInDraft');
    assert.ok(toDraft, JSON.stringify(targets.map(String)));
    const inDraft = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.revealInDraft', ...(JSON.parse(decodeURIComponent(toDraft.query)) as unknown[]));
    assert.strictEqual(inDraft.document.uri.toString(), sampleDraft().toString());
    assert.strictEqual(inDraft.document.getText(inDraft.selection), 'little by little');
    assert.strictEqual(inDraft.viewColumn, draft.viewColumn, 'in the draft\'s own editor');
    const reveal = targets.find((t) => t.scheme === 'command' && t.path === 'sourcebook.revealInArticle');
    assert.ok(reveal, 'a reveal link');
    assert.ok(targets.every((t) => t.scheme !== 'command' || t.path.startsWith('sourcebook.')), 'command links only to our own commands');
    const args = JSON.parse(decodeURIComponent(reveal.query)) as unknown[];
    const article = await vscode.commands.executeCommand<vscode.TextEditor>('sourcebook.revealInArticle', ...args);
    assert.strictEqual(article.document.getText(article.selection), 'We have to start working. This does not mean that there will be a political change and that the changes will happen immediately, that does not exist. We have to take it little by little […] with great caution, great tact […] for us to assume the new realities on the border with Colombia,');
  });

  it('shows an altered quote, a wrong speaker and a misspelt name as rows of the sheet', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Petro said: “As long as relations are not yet normalized, there will be no ambassadors.”\n\n“In two months we may have settled the most important issues,” Maduro said. Padrino Lopes agreed.\n',
    });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const result = await vscode.commands.executeCommand<AuditCommandResult>('sourcebook.auditDraft');
    assert.deepStrictEqual(result.report.quotations.map((q) => q.status), ['altered', 'wrong-speaker']);
    const text = result.document.getText();
    assert.match(text, /\| \[1:14\]\([^)]*\) \| \*\*altered\*\* \|.*Altered: "yet" added/);
    assert.match(text, /\*\*wrong speaker\*\* \|.*the draft credits Nicolás Maduro/);
    assert.match(text, /Misspelt: "Padrino Lopes"/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the Coverage view lists the sample draft\'s speakers and changes when a quote is added', async () => {
    const api = await sourcebook();
    await vscode.commands.executeCommand('sourcebook.coverage.focus'); // the view computes only while shown
    const uri = sampleDraft();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const forDraft = (ready: (keys: Map<string, { quotedWords: number; mentions: number }>) => boolean) => until(() => {
      const state = api.coverage.provider.current;
      if (!state || state.draft.toString() !== uri.toString()) return undefined;
      const byKey = new Map(state.coverage.covered.map((a) => [a.actorKey, a]));
      return ready(byKey) ? state : undefined;
    }, 'the coverage of the draft');
    const before = await forDraft((actors) => actors.has('petro'));
    const speakers = before.coverage.covered.filter((a) => a.quotations > 0).map((a) => a.name).sort();
    assert.deepStrictEqual(speakers, ['Gustavo Petro', 'Vladimir Padrino López']);
    assert.strictEqual(api.coverage.view.description, '2 speakers; 60 % of quoted words from one (Vladimir Padrino López)');
    // The rows as the view shows them: grouped by kind, people first.
    const groups = api.coverage.provider.getChildren();
    const people = groups.find((g) => g.type === 'kind' && g.kind === 'person')!;
    const rows = api.coverage.provider.getChildren(people).map((n) => api.coverage.provider.getTreeItem(n));
    assert.deepStrictEqual(rows.map((r) => [r.label, r.description]).slice(0, 2), [['Vladimir Padrino López', '3 quoted words · 1 mention'], ['Gustavo Petro', '2 quoted words · 2 mentions']]);

    // A row reveals the draft's first mention.
    const padrinoRow = rows[0];
    await vscode.commands.executeCommand(padrinoRow.command!.command, ...padrinoRow.command!.arguments!);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), uri.toString());
    assert.strictEqual(active.document.getText(active.selection), 'Defence Minister Padrino López');

    // Adding a quote of Petro's (to an unsaved copy: the workspace file is never changed).
    const copy = await vscode.workspace.openTextDocument({ language: 'markdown', content: editor.document.getText() });
    const copyEditor = await vscode.window.showTextDocument(copy);
    const forCopy = (ready: (petroWords: number) => boolean) => until(() => {
      const state = api.coverage.provider.current;
      const petro = state?.draft.toString() === copy.uri.toString() ? state.coverage.covered.find((a) => a.actorKey === 'petro') : undefined;
      return petro && ready(petro.quotedWords) ? state : undefined;
    }, 'the coverage of the copy');
    await forCopy((words) => words === 2);
    const end = copy.lineAt(copy.lineCount - 1).range.end;
    await copyEditor.edit((edit) => edit.insert(end, '\n“In two months we may have settled the most important issues,” Petro told reporters.\n'));
    const after = await forCopy((words) => words === 13);
    assert.strictEqual(after.coverage.speakers, 2);
    assert.strictEqual(api.coverage.view.description, '2 speakers; 81 % of quoted words from one (Gustavo Petro)');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
