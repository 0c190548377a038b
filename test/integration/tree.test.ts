// The sidebar trees in the real extension host: what the Actors, Events and
// Quotes views list for the sample, reveal through TreeView, the filter that
// follows the active editor, and a dossier renamed on disk.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ActorNode } from '../../src/core/views/nodes';
import type { SourcebookApi } from '../../src/vscode/extension';
import { eventually, libraryWhere, rowLabelled, rows, sampleOnly, sourcebook, TempFolder } from './sidebarHelpers';

describe('sidebar trees', () => {
  let api: SourcebookApi;

  before(async () => {
    api = await sourcebook();
    await sampleOnly(api, true);
    await vscode.commands.executeCommand('workbench.view.extension.sourcebook');
  });

  after(() => sampleOnly(api, false));

  it('Actors lists the kinds, then the five people of the sample with their roles and counts', async () => {
    const actors = api.sidebar.actors.provider;
    const kinds = await rows(actors);
    assert.deepStrictEqual(kinds.map((k) => [k.label, k.item.description]), [['People', '5'], ['Organizations', '2'], ['Groups', '4'], ['Places', '4']]);
    assert.deepStrictEqual(kinds.map((k) => (k.item.iconPath as vscode.ThemeIcon).id), ['person', 'briefcase', 'organization', 'location']);
    const people = await rows(actors, kinds[0].node);
    assert.deepStrictEqual(people.map((p) => [p.label, p.item.description]), [
      ['Vladimir Padrino López', '3 quotes, 2 mentions · Defence Minister of Venezuela, a general'],
      ['Nicolás Maduro', '2 mentions · President of Venezuela'],
      ['Gustavo Petro', '3 quotes, 5 mentions · President of Colombia (took office 7 August 2022), left-wing'],
      ['Iván Duque', '1 mention · outgoing President of Colombia'],
      ['Juan Guaidó', '1 mention · Venezuelan opposition leader, recognised by Colombia as "interim president"'],
    ]);
    assert.deepStrictEqual(people.map((p) => p.item.contextValue), ['actor.speaker', 'actor', 'actor.speaker', 'actor', 'actor']);
    assert.ok(people.every((p) => p.item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed), 'every person can be expanded');
    const petro = await rows(actors, people[2].node);
    assert.deepStrictEqual(petro.map((r) => r.label), [
      '“normalization process”',
      '“in two months we may have settled the most important issues”',
      '“As long as relations are not normalized, there will be no…”',
      'c. 2022 · Gustavo Petro is elected President of Colombia',
      '2022-08-07 · Petro takes office; the two countries agree to restore relations at ambassadorial level',
      'c. 2022-08-09 · Petro calls the contacts a normalization process and denies an imminent meeting with Maduro',
    ]);
  });

  it('Events is a timeline: partial dates before the full dates inside them, approximate dates marked', async () => {
    const events = await rows(api.sidebar.events.provider);
    assert.deepStrictEqual(events.map((e) => e.label), [
      '2019 · Venezuela and Colombia break off diplomatic relations',
      '2021-03 · Fighting in Apure between Venezuelan soldiers and Colombian irregular groups leaves 16 soldiers dead and displaces thousands',
      '2021-10 · The fully closed border is relaxed',
      'c. 2022 · Gustavo Petro is elected President of Colombia',
      '2022-08-07 · Petro takes office; the two countries agree to restore relations at ambassadorial level',
      "2022-08-09 · Padrino López announces, on Maduro's instructions, contact with Colombia's Defence Ministry to restore military relations",
      'c. 2022-08-09 · Petro calls the contacts a normalization process and denies an imminent meeting with Maduro',
    ]);
    const cast = await rows(api.sidebar.events.provider, events[0].node);
    assert.deepStrictEqual(cast.map((a) => a.label), ['Venezuela', 'Colombia', 'Iván Duque', 'Juan Guaidó']);
  });

  it('Quotes groups the six speech quotes under Padrino López and Petro, terms apart', async () => {
    const quotes = api.sidebar.quotes.provider;
    const groups = await rows(quotes);
    assert.deepStrictEqual(groups.map((g) => g.label), ['Vladimir Padrino López', 'Gustavo Petro', 'Terms in quotation marks']);
    const padrino = await rows(quotes, groups[0].node);
    assert.deepStrictEqual(padrino.map((q) => q.label), [
      '“I have received instructions”',
      '“to immediately establish contact with the Colombian…”',
      '“We have to start working. This does not mean that there…”',
    ]);
    assert.strictEqual(padrino[0].item.description, 'Caracas takes steps to restore military relations with Bogota');
    const tooltip = padrino[2].item.tooltip as vscode.MarkdownString;
    const shown = tooltip.value.replace(/&nbsp;/g, ' ').replace(/\\/g, ''); // appendText escapes Markdown and spaces
    assert.ok(shown.includes('We have to take it little by little […] with great caution, great tact […] for us to assume the new realities on the border with Colombia,'), shown);
    assert.strictEqual((await rows(quotes, groups[1].node)).length, 3);
    assert.deepStrictEqual((await rows(quotes, groups[2].node)).map((t) => [t.label, t.item.contextValue]), [
      ['“military relations”', 'term'],
      ['“interim president”', 'term'],
      ['“trochas”', 'term'],
    ]);
  });

  it('reveals and selects a row through TreeView.reveal, walking up with getParent', async () => {
    const people = await rows(api.sidebar.actors.provider, (await rows(api.sidebar.actors.provider))[0].node);
    const petro = people.find((p) => p.label === 'Gustavo Petro')!;
    const quote = (await rows(api.sidebar.actors.provider, petro.node))[1];
    await vscode.commands.executeCommand('sourcebook.actors.focus'); // a collapsed pane has no tree to select in
    await eventually(() => api.sidebar.actors.view.visible, 'the Actors view to be visible');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the workbench fetches the rows it shows
    await api.sidebar.actors.view.reveal(quote.node, { select: true, focus: true, expand: true });
    await eventually(() => api.sidebar.actors.view.selection.length > 0, 'a selection in the Actors view');
    assert.deepStrictEqual(api.sidebar.actors.view.selection.map((n) => n.id), [quote.node.id], `visible: ${api.sidebar.actors.view.visible}`);
    assert.ok(api.sidebar.actors.view.visible);

    await vscode.commands.executeCommand('sourcebook.showInTree', { quoteId: 'petro-no-ambassadors', articleId: 'caracas-bogota-2022' });
    await eventually(() => api.sidebar.quotes.view.selection.length > 0, 'a selection in the Quotes view');
    const selected = api.sidebar.quotes.view.selection[0];
    assert.strictEqual(selected?.type === 'quote' && selected.quoteId, 'petro-no-ambassadors');
  });

  it('shows only the actors the active editor mentions while the filter is on', async () => {
    const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Petro met President Maduro on Friday.' });
    await vscode.window.showTextDocument(draft);
    try {
      await vscode.commands.executeCommand('sourcebook.filterByActiveEditor');
      const kinds = await rows(api.sidebar.actors.provider);
      assert.deepStrictEqual(kinds.map((k) => k.label), ['People']);
      assert.deepStrictEqual((await rows(api.sidebar.actors.provider, kinds[0].node)).map((p) => p.label), ['Nicolás Maduro', 'Gustavo Petro']);
      assert.deepStrictEqual((await rows(api.sidebar.quotes.provider)).map((g) => g.label), ['Gustavo Petro']);
      assert.match(api.sidebar.actors.view.message ?? '', /^Only actors mentioned in Untitled/);

      await vscode.window.activeTextEditor!.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Guaidó spoke. '));
      await new Promise((resolve) => setTimeout(resolve, 600)); // the filter follows typing after a short pause
      assert.deepStrictEqual((await rows(api.sidebar.actors.provider, kinds[0].node)).map((p) => p.label), ['Nicolás Maduro', 'Gustavo Petro', 'Juan Guaidó']);
    } finally {
      await vscode.commands.executeCommand('sourcebook.showAllActors');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    assert.strictEqual((await rows(api.sidebar.actors.provider)).length, 4);
    assert.strictEqual(api.sidebar.actors.view.message, undefined);
  });

  it('copies an actor name as the dossier spells it', async () => {
    const guaido = { actorKey: 'guaido' };
    await vscode.commands.executeCommand('sourcebook.copyName', guaido);
    assert.strictEqual(await vscode.env.clipboard.readText(), 'Juan Guaidó');
  });

  describe('a dossier edited on disk', () => {
    const folder = new TempFolder('tmp-tree');
    before(() => sampleOnly(api, false));

    const dossier = (name: string) => `sourcebook: 1
article:
  id: tmp-tree-council
  title: Council meets
  text: "Marta Quispe opened the session. Quispe said little."
actors:
  - id: quispe
    kind: person
    name: ${name}
    aliases: [Quispe]
    role: council chair
events: []
quotes: []
`;

    after(async () => {
      await folder.remove(() => libraryWhere(api, (library) => !library.dossiers.some((d) => d.dossier.article.id === 'tmp-tree-council')));
    });

    it('updates the tree when an actor is renamed, without a reload', async () => {
      await folder.write('council.dossier.yaml', dossier('Marta Quispe'));
      await libraryWhere(api, (library) => library.actors.some((a) => a.name === 'Marta Quispe'));
      const peopleRow = await rowLabelled(api.sidebar.actors.provider, 'People');
      assert.ok((await rows(api.sidebar.actors.provider, peopleRow.node)).some((p) => p.label === 'Marta Quispe'));

      const refreshed = new Promise<void>((resolve) => {
        const listener = api.sidebar.actors.provider.onDidChangeTreeData((changed) => {
          if (changed === undefined) {
            listener.dispose();
            resolve();
          }
        });
      });
      await folder.write('council.dossier.yaml', dossier('Marta Quispe Huamán'));
      await refreshed;
      await libraryWhere(api, (library) => library.actors.some((a) => a.name === 'Marta Quispe Huamán'));
      const people = (await rows(api.sidebar.actors.provider, peopleRow.node)).map((p) => p.label);
      assert.ok(people.includes('Marta Quispe Huamán'), people.join(', '));
      assert.ok(!people.includes('Marta Quispe'));
      const row = (await rows(api.sidebar.actors.provider, peopleRow.node)).find((p) => p.label === 'Marta Quispe Huamán')!;
      assert.strictEqual(row.node.id, 'actor:quispe', 'the same id, so the row keeps its place and expansion');
      assert.strictEqual((row.node as ActorNode).mentionCount, 2);
    });
  });
});
