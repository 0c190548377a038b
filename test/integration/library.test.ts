// The dossier library in the real extension host: the sample loads, and a
// broken dossier in the workspace shows its error at the right line in the
// Problems panel without stopping anything else.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourcebookApi } from '../../src/vscode/extension';

async function sourcebook(): Promise<SourcebookApi> {
  const api = await vscode.extensions.getExtension<SourcebookApi>('sourcebook.sourcebook')!.activate();
  await api.ready();
  return api;
}

async function diagnosticsFor(uri: vscode.Uri, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcebook');
    if (diagnostics.length || Date.now() > deadline) return diagnostics;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
      const changed = new Promise((resolve) => api.onDidChangeLibrary(resolve));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fixed));
      await changed;
      assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcebook'), []);
      assert.ok(api.library().actors.some((a) => a.name === 'Ana Rivera'));
    } finally {
      const restored = new Promise((resolve) => api.onDidChangeLibrary(resolve));
      await vscode.workspace.fs.writeFile(uri, original);
      await restored;
    }
    assert.strictEqual((await diagnosticsFor(uri)).length, 1);
  });
});
