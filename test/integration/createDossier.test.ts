// "Create Dossier from Article" in the real extension host: a copy of the
// sample article becomes a dossier beside it, whose speech quotes and
// speakers are the hand-made sample's; the library picks it up; an existing
// dossier is never replaced unasked; cancelling leaves nothing behind.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { nameKey } from '../../src/core/fold';
import { Dossier } from '../../src/core/model';
import { parseDossier } from '../../src/core/dossier/parse';
import type { SourcebookApi } from '../../src/vscode/extension';
import { until } from './extensionApi';
import { writeAtomically } from '../../src/vscode/createDossier/writeDossier';

const EXTENSION_ID = 'sourcebook.sourcebook';

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

function parse(text: string): Dossier {
  const parsed = parseDossier(text);
  assert.deepStrictEqual(parsed.problems, [], 'the written dossier is valid');
  return parsed.dossier!;
}

/** Speech quotes as "exact words → speaker's name", comparable across dossiers that spell ids differently. */
function speechBySpeaker(dossier: Dossier): string[] {
  const nameOf = (id: string | null) => nameKey(dossier.actors.find((a) => a.id === id)?.name ?? '(none)');
  return dossier.quotes.filter((q) => q.kind === 'speech').map((q) => `${q.text} → ${nameOf(q.speaker)}`).sort();
}

describe('Create Dossier from Article', function () {
  this.timeout(120_000);
  let api: SourcebookApi;
  let folder: vscode.Uri;
  let article: vscode.Uri;
  let dossierUri: vscode.Uri;

  before(async () => {
    const extension = vscode.extensions.getExtension<SourcebookApi>(EXTENSION_ID)!;
    api = await extension.activate();
    await api.ready();
    folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'tmp-extract');
    article = vscode.Uri.joinPath(folder, 'caracas.txt');
    dossierUri = vscode.Uri.joinPath(folder, 'caracas.dossier.yaml');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(extension.extensionUri, 'data', 'article.txt'), article, { overwrite: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('writes NAME.dossier.yaml beside the article, with the sample dossier\'s speech quotes and speakers, and opens it', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri>('sourcebook.createDossier', { uri: article, published: '2022-08-09' });
    assert.strictEqual(written?.toString(), dossierUri.toString());
    const dossier = parse(await readText(dossierUri));
    assert.strictEqual(dossier.article.file, 'caracas.txt');
    assert.strictEqual(dossier.article.published, '2022-08-09');

    const bundled = parse(await readText(vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'data', 'dossier.yaml')));
    assert.deepStrictEqual(speechBySpeaker(dossier), speechBySpeaker(bundled));
    assert.ok(dossier.events.some((e) => e.date === '2022-08-07'), '"last Sunday" resolved against the publication date');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), dossierUri.toString(), 'opened for review');
  });

  it('is picked up by the library, so the trees and hovers show it', async () => {
    const loaded = await until(() => api.library().dossiers.find((d) => d.source === dossierUri.toString()), 'the library to load the new dossier');
    assert.ok(loaded.articleText?.startsWith('(Caracas) Caracas has taken steps'), 'the article is read beside it');
    assert.ok(api.library().actors.some((a) => a.appearances.some((p) => p.dossier === loaded) && nameKey(a.name) === nameKey('Gustavo Petro')));
  });

  it('never replaces an existing dossier unasked', async () => {
    const edited = (await readText(dossierUri)) + '# my review notes\n';
    await vscode.workspace.fs.writeFile(dossierUri, new TextEncoder().encode(edited));
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('sourcebook.createDossier', { uri: article, published: '2022-08-09', replace: false, open: false });
    assert.strictEqual(result, undefined);
    assert.strictEqual(await readText(dossierUri), edited, 'the writer\'s edits are kept');
    const replaced = await vscode.commands.executeCommand<vscode.Uri>('sourcebook.createDossier', { uri: article, published: '2022-08-09', replace: true, open: false });
    assert.strictEqual(replaced?.toString(), dossierUri.toString());
    assert.ok(!(await readText(dossierUri)).includes('my review notes'));
  });

  it('leaves nothing behind when cancelled, not even a temporary file', async () => {
    const target = vscode.Uri.joinPath(folder, 'cancelled.dossier.yaml');
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    assert.strictEqual(await writeAtomically(target, 'sourcebook: 1\n', false, source.token), false);
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
    assert.deepStrictEqual(names, ['caracas.dossier.yaml', 'caracas.txt']);
    // Not cancelled, the same call writes its file (named so that the library does not load it).
    const written = vscode.Uri.joinPath(folder, 'written.yaml');
    assert.strictEqual(await writeAtomically(written, 'sourcebook: 1\n', false, new vscode.CancellationTokenSource().token), true);
    assert.strictEqual(await readText(written), 'sourcebook: 1\n');
    await vscode.workspace.fs.delete(written);
  });

  it('gives an article named "My Article (draft).txt" an id the library accepts, so its dossier loads', async () => {
    const named = vscode.Uri.joinPath(folder, 'My Article (draft).txt');
    const namedDossier = vscode.Uri.joinPath(folder, 'My Article (draft).dossier.yaml');
    await vscode.workspace.fs.copy(article, named, { overwrite: true });
    const written = await vscode.commands.executeCommand<vscode.Uri>('sourcebook.createDossier', { uri: named, published: '2022-08-09', open: false });
    assert.strictEqual(written?.toString(), namedDossier.toString());
    const loaded = await until(() => api.library().dossiers.find((d) => d.source === namedDossier.toString()), 'the library to load the dossier of "My Article (draft).txt"');
    assert.strictEqual(loaded.dossier.article.id, 'my-article-draft');
    assert.strictEqual(loaded.dossier.article.file, 'My Article (draft).txt');
    assert.ok(loaded.articleText?.startsWith('(Caracas)'), 'its article is read');
    const errors = vscode.languages.getDiagnostics(namedDossier).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(errors.map((d) => d.message), [], 'no problem is reported on it');
  });

  it('explains what to do when there is no article to read', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.strictEqual(await vscode.commands.executeCommand('sourcebook.createDossier', { published: null }), undefined);
  });
});
