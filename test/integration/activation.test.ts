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

  it('shows the Sourcebook view container', async () => {
    // Throws if the container id is unknown to the workbench.
    await vscode.commands.executeCommand('workbench.view.extension.sourcebook');
  });
});
