// Activation in the real extension host: the extension starts, registers what
// package.json promises, and shows the sample in its views.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ViewNode } from '../../src/core/views/nodes';
import type { SourcebookApi } from '../../src/vscode/extension';
import { reportFigures } from './benchFigures';

const EXTENSION_ID = 'sourcebook.sourcebook';

/**
 * VS Code's own performance marks around loading and activating one extension
 * (milliseconds since the epoch, by the short name: "willLoadExtensionCode"…),
 * which its extension host keeps on globalThis in the Node and web worker hosts alike.
 */
function extensionHostMarks(id: string): Record<string, number> {
  const perf = (globalThis as { MonacoPerformanceMarks?: { getMarks(): Array<{ name: string; startTime: number }> } }).MonacoPerformanceMarks;
  const suffix = `/${id}`;
  const marks: Record<string, number> = {};
  for (const { name, startTime } of perf?.getMarks() ?? []) {
    if (name.startsWith('code/extHost/') && name.endsWith(suffix)) marks[name.slice('code/extHost/'.length, -suffix.length)] = startTime;
  }
  return marks;
}

describe('activation', () => {
  it('finds and activates the extension, whose API holds the sample', async () => {
    const extension = vscode.extensions.getExtension<SourcebookApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
    const api = await extension.activate();
    assert.ok(extension.isActive);
    await api.ready();
    const sample = api.library().dossiers.find((d) => d.isSample);
    assert.ok(sample, 'the bundled sample is in the library');
    assert.strictEqual(sample.dossier.article.id, 'caracas-bogota-2022');
    assert.ok(sample.articleText?.startsWith('(Caracas) Caracas'), 'with its article text');
    assert.ok(api.library().actors.some((a) => a.name === 'Vladimir Padrino López'));
  });

  it('registers every command package.json contributes, and no other sourcebook command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const contributed = (extension.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    assert.ok(contributed.length >= 15 && contributed.includes('sourcebook.insertQuote'), `contributed: ${contributed}`);
    const registered = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('sourcebook.'));
    const missing = contributed.filter((command) => !registered.includes(command));
    assert.deepStrictEqual(missing, [], 'contributed but not registered');
  });

  it('creates the Actors, Events and Quotes views, whose rows show the sample', async () => {
    const api = await vscode.extensions.getExtension<SourcebookApi>(EXTENSION_ID)!.activate();
    await api.ready();
    const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
    const roots = (tree: { provider: vscode.TreeDataProvider<ViewNode> }) => ((tree.provider.getChildren() ?? []) as ViewNode[]).map((node) => label(tree.provider.getTreeItem(node) as vscode.TreeItem));
    const actors = api.sidebar.actors.provider;
    const people = actors.getChildren().find((node) => label(actors.getTreeItem(node)) === 'People');
    assert.ok(people, `actors: ${roots(api.sidebar.actors)}`);
    assert.ok(actors.getChildren(people).map((node) => label(actors.getTreeItem(node))).includes('Gustavo Petro'), 'People lists the sample\'s Gustavo Petro');
    assert.ok(roots(api.sidebar.events).length > 0, 'the Events view has rows');
    assert.ok(roots(api.sidebar.quotes).length > 0, 'the Quotes view has rows');
    for (const view of ['sourcebook.actors', 'sourcebook.events', 'sourcebook.quotes']) {
      // Each view contributes a focus command; running it throws if the view does not exist.
      await vscode.commands.executeCommand(`${view}.focus`);
    }
    assert.ok(api.sidebar.quotes.view.visible, 'the Quotes view is shown after its focus command');
  });

  it('reports its activation time (bundle import and activate() from VS Code\'s marks, then the sample loaded)', async () => {
    const api = await vscode.extensions.getExtension<SourcebookApi>(EXTENSION_ID)!.activate();
    const firstLoad = await api.activationMs();
    assert.ok(firstLoad > 0 && api.library().actors.length > 0, `first load ${firstLoad} ms, ${api.library().actors.length} actors`);
    const marks = extensionHostMarks(EXTENSION_ID);
    const order = ['willLoadExtensionCode', 'didLoadExtensionCode', 'willActivateExtension', 'didActivateExtension'];
    assert.deepStrictEqual(order.filter((name) => marks[name] === undefined), [], `VS Code marks: ${JSON.stringify(marks)}`);
    assert.ok(order.every((name, i) => i === 0 || marks[order[i - 1]] <= marks[name]), `in order: ${JSON.stringify(marks)}`);
    const importMs = marks.didLoadExtensionCode - (marks.willFetchExtensionCode ?? marks.willLoadExtensionCode);
    const activateMs = marks.didActivateExtension - marks.willActivateExtension;
    // `npm run bench` runs this test alone and reads the figures from this file.
    reportFigures({
      activationMs: importMs + activateMs,
      activationImportMs: importMs,
      activationActivateMs: activateMs,
      // From the start of loading the bundle; activationMs() counts from the start of activate().
      activationFirstLoadMs: marks.willActivateExtension - marks.willLoadExtensionCode + firstLoad,
    });
  });

  it('shows the Sourcebook view container', async () => {
    // Throws if the container id is unknown to the workbench.
    await vscode.commands.executeCommand('workbench.view.extension.sourcebook');
  });
});
