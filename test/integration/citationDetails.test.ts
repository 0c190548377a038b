// Fill In Citation Details, in the real extension host: a dossier without a
// title or outlet gets them as a WorkspaceEdit of only those lines; its
// comments stay, and the library then cites it with them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sourcebook, until } from './extensionApi';

const TMP = 'tmp-citationDetails';
const workspaceUri = (...parts: string[]) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...parts);
const readText = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

const DOSSIER = `# checked by hand on Monday
sourcebook: 1
article:
  id: syria-offensive   # keep this key
  published: 2019-10-08
  text: "Troops crossed the border. “We will not stop,” the minister said."
actors: []
events: []
quotes: []
`;

describe('Fill In Citation Details', function () {
  this.timeout(60_000);
  const uri = workspaceUri(TMP, 'syria.dossier.yaml');

  before(async () => {
    await sourcebook();
    await vscode.workspace.fs.createDirectory(workspaceUri(TMP));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DOSSIER));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri(TMP), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('sourcebook.refresh');
  });

  it('adds the title and outlet as new lines, keeping the comments, and the library reads them', async () => {
    const api = await sourcebook();
    await until(() => api.library().dossiers.find((d) => d.source === uri.toString()), 'the dossier to load');
    const edited = await vscode.commands.executeCommand<boolean>('sourcebook.fillCitationDetails', { uri, values: { title: 'Turkey launches offensive', outlet: 'Reuters' } });
    assert.strictEqual(edited, true);
    assert.strictEqual(await readText(uri), DOSSIER.replace('  id: syria-offensive   # keep this key\n', '  id: syria-offensive   # keep this key\n  title: Turkey launches offensive\n  outlet: Reuters\n'));
    const loaded = await until(() => api.library().dossiers.find((d) => d.source === uri.toString() && d.dossier.article.outlet === 'Reuters'), 'the library to read the new details');
    assert.strictEqual(loaded.dossier.article.title, 'Turkey launches offensive');
  });

  it('changes nothing when nothing new is given', async () => {
    const before = await readText(uri);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('sourcebook.fillCitationDetails', { uri, values: { title: 'Turkey launches offensive' } }), false);
    assert.strictEqual(await readText(uri), before);
  });
});
