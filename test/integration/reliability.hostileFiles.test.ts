// Files that are not what they seem, read by the extension: a dossier that is
// a link to /dev/zero, a dossier whose file: names something outside the
// workspace folder, one in UTF-16. Each gets a diagnostic; nothing hangs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { removeScratch, scratch, sourcebook, until, writeText } from './reliabilityHelpers';

const diagnosticsOf = (uri: vscode.Uri) => (): string[] | undefined => {
  const messages = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcebook').map((d) => d.message);
  return messages.length ? messages : undefined;
};

describe('reliability: hostile files', function () {
  this.timeout(60_000);
  const file = (name: string) => vscode.Uri.joinPath(scratch(), name);
  after(async () => removeScratch(await sourcebook()));

  it('refuses a dossier that is a link to /dev/zero, with a message', async function () {
    if (process.platform === 'win32' || scratch().scheme !== 'file') this.skip();
    await sourcebook();
    await vscode.workspace.fs.createDirectory(scratch());
    const uri = file('zero.dossier.yaml');
    fs.symlinkSync('/dev/zero', uri.fsPath);
    await vscode.commands.executeCommand('sourcebook.refresh');
    const messages = await until(diagnosticsOf(uri), 'a diagnostic on the link to /dev/zero');
    assert.match(messages[0], /not a regular file/);
  });

  it('does not read a file: article outside the workspace folder', async () => {
    const api = await sourcebook();
    const uri = file('outside.dossier.yaml');
    await writeText(uri, 'sourcebook: 1\narticle:\n  id: outside\n  file: ../../../../../../../../etc/passwd\nactors: []\nevents: []\nquotes:\n  - {id: q, kind: speech, text: "root:x:0:0"}\n');
    const messages = await until(diagnosticsOf(uri), 'a diagnostic on the outside article');
    assert.deepStrictEqual(messages, ['The article "../../../../../../../../etc/passwd" is outside this dossier\'s workspace folder; it was not read (a dossier may only name articles within it).']);
    const loaded = api.library().dossiers.find((d) => d.source === uri.toString());
    assert.strictEqual(loaded?.articleText, undefined, 'no text was read');
  });

  it('names a UTF-16 dossier as an encoding problem', async () => {
    const uri = file('utf16.dossier.yaml');
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from('sourcebook: 1\narticle: {id: u}\n', 'utf16le'))]);
    await vscode.workspace.fs.writeFile(uri, bytes);
    const messages = await until(diagnosticsOf(uri), 'a diagnostic on the UTF-16 dossier');
    assert.match(messages[0], /UTF-16/);
  });
});
