// Starter integration test: runs inside the real extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcebookApi } from '../../src/vscode/extension';

const EXTENSION_ID = 'sourcebook.sourcebook';

describe('activation', () => {
  it('finds and activates the extension', async () => {
    const extension = vscode.extensions.getExtension<SourcebookApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
    const api = await extension.activate();
    assert.ok(extension.isActive);
    // activate() returns the extension's API (SourcebookApi): other suites use it.
    assert.strictEqual(typeof api, 'object');
    assert.ok(api);
  });

  for (const command of ['sourcebook.insertQuote', 'sourcebook.createDossier', 'sourcebook.revealInArticle', 'sourcebook.refresh']) {
    it(`registers ${command}`, async () => {
      await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes(command), `${command} is not registered`);
    });
  }

  it('reports its activation time (activate() to the sample loaded, views registered)', async () => {
    const api = await vscode.extensions.getExtension<SourcebookApi>(EXTENSION_ID)!.activate();
    const ms = await api.activationMs();
    assert.ok(ms > 0 && api.library().actors.length > 0, `activation ${ms} ms, ${api.library().actors.length} actors`);
    // `npm run bench` runs this test alone (in the Node host) and reads the figure from this file.
    const benchOut = typeof process === 'undefined' ? undefined : process.env.SOURCEBOOK_BENCH_OUT;
    if (benchOut) await vscode.workspace.fs.writeFile(vscode.Uri.file(benchOut), new TextEncoder().encode(JSON.stringify({ activationMs: ms })));
  });

  it('shows the Sourcebook view container', async () => {
    // Throws if the container id is unknown to the workbench.
    await vscode.commands.executeCommand('workbench.view.extension.sourcebook');
  });
});
