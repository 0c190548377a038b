// The web run proves where it runs: the tests and the extension are in VS
// Code's web worker extension host, activated through the `browser` entry.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sourcebook } from '../integration/extensionApi';

describe('the web worker extension host', () => {
  it('runs these tests in a web worker, without Node', () => {
    assert.strictEqual(typeof process, 'undefined', 'Node\'s process exists: this is not the web worker host');
    assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker has importScripts');
  });

  it('activates Sourcebook through its browser entry, in the same worker', async () => {
    const extension = vscode.extensions.getExtension('sourcebook.sourcebook')!;
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI, 'a web extension runs on the UI side');
    const api = await sourcebook();
    assert.strictEqual(api.platform, 'web', 'activated by extension.browser.ts');
    assert.ok(api.library().actors.length > 0, 'the sample dossier was read from the extension\'s folder');
  });
});
