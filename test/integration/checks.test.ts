// Writing checks in the real extension host: diagnostics on drafts the writer
// can see, their quick fixes applied through the editor's own code-action
// command, and name completion asked for as the editor asks.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sourcebook } from './extensionApi';

const NO_AMBASSADORS = 'As long as relations are not normalized, there will be no ambassadors';


const drafts: vscode.TextDocument[] = [];

/** Opens a draft in an editor, as a writer would (checks run on visible documents). */
async function showDraft(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  drafts.push(document);
  return vscode.window.showTextDocument(document);
}

/**
 * Closes the drafts and waits until the extension host knows: the next new
 * draft takes the same untitled URI, and opened too soon it would be handed
 * the closed draft's document.
 */
async function closeDrafts(): Promise<void> {
  for (const document of drafts.splice(0)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const deadline = Date.now() + 10_000;
    while (!document.isClosed) {
      if (Date.now() > deadline) throw new Error(`${document.uri.toString()} was not closed`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcebook');
}

/** Our diagnostics once `ready` holds for them (they come after a debounce). */
async function diagnosticsWhen(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diagnostics = ourDiagnostics(uri);
    if (ready(diagnostics)) return diagnostics;
    if (Date.now() > deadline) throw new Error(`diagnostics never became as expected; last: ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The quick fixes the light bulb offers at a diagnostic, as the editor asks
 * for them. Just after a draft opens, the workbench's own request can cancel
 * or pre-empt ours: ask again for a few seconds, as the light bulb would, and
 * fail if none comes.
 */
async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic, timeoutMs = 5_000): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fixes = actions.filter((a) => a.edit && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
      if (fixes.length) return fixes;
      if (Date.now() > deadline) throw new Error(`no quick fix offered for "${diagnostic.message}" within ${timeoutMs} ms`);
    } catch (error) {
      if ((error as Error).message !== 'Canceled' || Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function completionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items;
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('writing checks', function () {
  this.timeout(60_000);

  before(async () => {
    await sourcebook();
  });

  // Drafts stay open until the end: a closed untitled draft hands its URI to
  // the next new one, and a late check of the closed one could land on it.
  after(closeDrafts);

  it('warns once at a quotation with one changed word, and its quick fix restores the source', async () => {
    const editor = await showDraft(`# Draft\n\nMr. Petro said: “As long as relations are not normalised, there will be no ambassadors.” Talks go on.\n`);
    const uri = editor.document.uri;
    const diagnostics = await diagnosticsWhen(uri, (ds) => ds.length > 0);
    assert.strictEqual(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.message)));
    const [warning] = diagnostics;
    assert.strictEqual(warning.code, 'misquote');
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(editor.document.getText(warning.range), 'As long as relations are not normalised, there will be no ambassadors.');
    assert.strictEqual(warning.message, "Differs from Gustavo Petro's words in 'Caracas takes steps…': 'not normalised' → 'not normalized'");

    const [fix, ...others] = await quickFixes(uri, warning);
    assert.ok(fix, 'no quick fix offered');
    assert.strictEqual(others.length, 0);
    assert.strictEqual(fix.title, "Restore Gustavo Petro's exact words");
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.strictEqual(editor.document.getText(warning.range), `${NO_AMBASSADORS}.`);
    await diagnosticsWhen(uri, (ds) => ds.length === 0);
  });

  it('warns when a source quotation is attributed to someone else, and not when it is exact and rightly attributed', async () => {
    const editor = await showDraft(`Maduro said: “${NO_AMBASSADORS}.”\n\nMr. Petro said: “in two months we may have settled the most important issues.” Gustav Petro left.\n`);
    const uri = editor.document.uri;
    // The misspelling in the second paragraph shows the whole draft was checked.
    const diagnostics = await diagnosticsWhen(uri, (ds) => ds.some((d) => d.code === 'misspelling'));
    assert.deepStrictEqual(diagnostics.map((d) => d.code).sort(), ['misattribution', 'misspelling']);
    const attribution = diagnostics.find((d) => d.code === 'misattribution')!;
    assert.strictEqual(editor.document.getText(attribution.range), `${NO_AMBASSADORS}.`);
    assert.match(attribution.message, /attributes this to Gustavo Petro .*not to Nicolás Maduro/);
  });

  it('gives "Padrino Lopes" an information diagnostic whose fix writes "Padrino López"', async () => {
    const editor = await showDraft('The order came from Padrino Lopes on Tuesday.\n', 'plaintext');
    const uri = editor.document.uri;
    const [diagnostic] = await diagnosticsWhen(uri, (ds) => ds.length > 0);
    assert.strictEqual(diagnostic.code, 'misspelling');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(editor.document.getText(diagnostic.range), 'Padrino Lopes');
    const [fix] = await quickFixes(uri, diagnostic);
    assert.ok(fix, 'no quick fix offered');
    assert.strictEqual(fix.title, "Change to 'Padrino López'");
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.strictEqual(editor.document.getText(), 'The order came from Padrino López on Tuesday.\n');
    await diagnosticsWhen(uri, (ds) => ds.length === 0);
  });

  it('updates the diagnostics as the writer types', async () => {
    const editor = await showDraft('Talks resumed on Tuesday.\n');
    const uri = editor.document.uri;
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepStrictEqual(ourDiagnostics(uri), []);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Guiadó was not in Caracas.\n'));
    const [diagnostic] = await diagnosticsWhen(uri, (ds) => ds.length > 0);
    assert.strictEqual(editor.document.getText(diagnostic.range), 'Guiadó');
  });

  it('offers "Vladimir Padrino López" for "Padr", with the role as detail', async () => {
    const editor = await showDraft('The order came from Padr');
    const end = editor.document.lineAt(0).range.end;
    const item = (await completionsAt(editor.document, end)).find((i) => labelOf(i) === 'Vladimir Padrino López');
    assert.ok(item, 'no completion for Vladimir Padrino López');
    assert.strictEqual(item.detail, 'Defence Minister of Venezuela, a general');
    assert.strictEqual(item.insertText, 'Vladimir Padrino López');
    const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
    assert.strictEqual(editor.document.getText(range), 'Padr');
  });

  it('inserts the role as a title at a first mention when the setting asks for it', async () => {
    const config = vscode.workspace.getConfiguration('sourcebook.checks');
    await config.update('firstMentionWithRole', true, vscode.ConfigurationTarget.Global);
    try {
      const editor = await showDraft('Padr\n\nLater, Padr');
      const first = (await completionsAt(editor.document, new vscode.Position(0, 4))).find((i) => labelOf(i) === 'Vladimir Padrino López');
      assert.strictEqual(first?.insertText, 'Defence Minister Vladimir Padrino López');
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, 0, 4), 'Padrino López'));
      const later = (await completionsAt(editor.document, editor.document.lineAt(2).range.end)).find((i) => labelOf(i) === 'Vladimir Padrino López');
      assert.strictEqual(later?.insertText, 'Vladimir Padrino López');
    } finally {
      await config.update('firstMentionWithRole', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('follows the severity setting, and turns quote checks off with "off"', async () => {
    const config = vscode.workspace.getConfiguration('sourcebook.checks');
    const editor = await showDraft(`Petro said: “As long as relations are not normalised, there will be no ambassadors.”\n`);
    const uri = editor.document.uri;
    try {
      await config.update('quoteSeverity', 'error', vscode.ConfigurationTarget.Global);
      await diagnosticsWhen(uri, (ds) => ds.length === 1 && ds[0].severity === vscode.DiagnosticSeverity.Error);
      await config.update('quoteSeverity', 'off', vscode.ConfigurationTarget.Global);
      await diagnosticsWhen(uri, (ds) => ds.length === 0);
    } finally {
      await config.update('quoteSeverity', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsWhen(uri, (ds) => ds.length === 1 && ds[0].severity === vscode.DiagnosticSeverity.Warning);
  });

  it('leaves documents of other languages alone', async () => {
    const text = '// Padrino Lopes\nconst quote = "As long as relations are not normalised, there will be no ambassadors";\n';
    const javascript = await showDraft(text, 'javascript');
    // The same text in a checked language, opened after it, gets its diagnostic: by then the
    // JavaScript draft has been seen too, and it has none.
    const plaintext = await showDraft(text, 'plaintext');
    const found = await diagnosticsWhen(plaintext.document.uri, (ds) => ds.some((d) => d.code === 'misspelling'));
    assert.ok(found.length > 0);
    assert.deepStrictEqual(ourDiagnostics(javascript.document.uri), []);
  });
});
