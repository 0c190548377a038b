// The dossier library in the real extension host: the sample loads, and a
// broken dossier in the workspace shows its error at the right line in the
// Problems panel without stopping anything else.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, sourcebook, until } from './extensionApi';

/** Sourcebook's diagnostics of `uri` once there are some; fails if none come. */
function diagnosticsFor(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return until(() => {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcebook');
    return diagnostics.length ? diagnostics : undefined;
  }, `diagnostics for ${uri.toString()}`, 10_000);
}

describe('dossier library', () => {
  it('loads the bundled sample', async () => {
    const library = (await sourcebook()).library();
    const people = library.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    assert.deepStrictEqual(people, ['Vladimir Padrino López', 'Nicolás Maduro', 'Gustavo Petro', 'Iván Duque', 'Juan Guaidó']);
    assert.strictEqual(library.quotes.filter((q) => q.quote.kind === 'speech').length, 6);
    assert.ok(library.dossiers.some((d) => d.isSample && d.articleText?.startsWith('(Caracas) Caracas')));
  });

  it('reports a broken dossier at its line while the sample still loads', async () => {
    const api = await sourcebook();
    const [uri] = await vscode.workspace.findFiles('broken/broken.dossier.yaml');
    assert.ok(uri, 'the test workspace has broken/broken.dossier.yaml');
    const diagnostics = await diagnosticsFor(uri);
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, d.message]),
      [[14, 14, vscode.DiagnosticSeverity.Error, 'Unknown actor id "rivero" as speaker: no actor in this dossier has it.']],
    );
    assert.ok(api.library().actors.some((a) => a.name === 'Gustavo Petro'), 'the sample is still loaded');
    assert.ok(!api.library().dossiers.some((d) => d.dossier.article.id === 'broken-example'), 'the broken dossier is not half-loaded');
  });

  it('shows a fix as soon as the file is corrected on disk, and the dossier joins the library', async () => {
    const api = await sourcebook();
    const [uri] = await vscode.workspace.findFiles('broken/broken.dossier.yaml');
    const original = await vscode.workspace.fs.readFile(uri);
    try {
      const fixed = new TextDecoder().decode(original).replace('speaker: rivero', 'speaker: rivera');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fixed));
      await eventually(() => api.library().actors.some((a) => a.name === 'Ana Rivera'), 'the fixed dossier joins the library');
      assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcebook'), []);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
    await eventually(() => !api.library().actors.some((a) => a.name === 'Ana Rivera'), 'the broken dossier leaves the library again');
    assert.strictEqual((await diagnosticsFor(uri)).length, 1);
  });

  it('re-checks a dossier when its article changes on disk', async () => {
    const api = await sourcebook();
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'tmp-library');
    const dossierUri = vscode.Uri.joinPath(folder, 'bridge.dossier.yaml');
    const articleUri = vscode.Uri.joinPath(folder, 'bridge.txt');
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await write(articleUri, 'Ms. Rivera said: “We will rebuild the bridge.”');
      await write(dossierUri, 'sourcebook: 1\narticle: {id: bridge, file: bridge.txt}\nactors: [{id: rivera, kind: person, name: Ana Rivera}]\nquotes:\n  - {id: rebuild, kind: speech, speaker: rivera, text: We will rebuild the bridge.}\n');
      await eventually(() => api.library().dossiers.some((d) => d.dossier.article.id === 'bridge'), 'the dossier loads');
      assert.deepStrictEqual(vscode.languages.getDiagnostics(dossierUri), []);

      await write(articleUri, 'Ms. Rivera said: “We might rebuild the bridge.”');
      await eventually(() => vscode.languages.getDiagnostics(dossierUri).length > 0, 'the changed article is noticed');
      assert.deepStrictEqual(vscode.languages.getDiagnostics(dossierUri).map((d) => [d.range.start.line + 1, d.message]), [
        [5, 'Quote "rebuild" is not in the article word for word.'],
      ]);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
    await eventually(() => !api.library().dossiers.some((d) => d.dossier.article.id === 'bridge'), 'the deleted folder leaves the library');
  });
});
