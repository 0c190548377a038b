// Run under the Spanish locale (code-server --locale es): the manifest strings
// come from package.nls.es.json and the extension's own from
// l10n/bundle.l10n.es.json, in the web worker host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sourcebook } from '../integration/extensionApi';

describe('Sourcebook in Spanish (web worker host, locale es)', () => {
  it('runs with the Spanish display language', () => {
    assert.strictEqual(vscode.env.language, 'es');
  });

  it('names its commands and views in Spanish (package.nls.es.json)', () => {
    // A localized title reads { value, original }: the Spanish and the English.
    type Title = { value: string; original: string };
    const manifest = vscode.extensions.getExtension('sourcebook.sourcebook')!.packageJSON as { contributes: { commands: Array<{ command: string; title: Title }>; views: Record<string, Array<{ id: string; name: string }>> } };
    const title = (id: string) => manifest.contributes.commands.find((c) => c.command === id)?.title.value;
    assert.strictEqual(title('sourcebook.insertQuote'), 'Insertar cita con referencia…');
    assert.strictEqual(title('sourcebook.createDossier'), 'Crear dosier a partir del artículo');
    assert.deepStrictEqual(manifest.contributes.views.sourcebook.map((v) => v.name), ['Primeros pasos', 'Actores', 'Hechos', 'Citas', 'Cobertura']);
  });

  it('shows a hover card in Spanish (l10n/bundle.l10n.es.json)', async () => {
    await sourcebook();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Petro habló ayer.\n' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 2));
    const card = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : '')).find((v) => v.includes('command:sourcebook.showInTree'));
    assert.ok(card, 'a Sourcebook card over "Petro"');
    // "h. 2022": an approximate date in the words the Events tree uses too.
    for (const label of [' Insertar cita](', ' Mostrar en el artículo](', ' Mostrar en la barra lateral](', '**Citas**', '**Hechos**', '- **h\\. 2022** — ']) {
      assert.ok(card.includes(label), `the card has "${label}": ${card}`);
    }
  });
});
