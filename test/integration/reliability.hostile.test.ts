// A dossier written to attack the writer's editor: Markdown, HTML, command
// links, snippet variables and terminal escapes in every field. Each surface
// that shows dossier text must show it as text, and no hover may enable any
// command but Sourcebook's own.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { serializeDossier } from '../../src/core/dossier/serialize';
import { Dossier } from '../../src/core/model';
import { renderMarkdown } from '../renderedMarkdown';
import { hasSource, libraryWhere, removeScratch, scratch, sourcebook, writeText } from './reliabilityHelpers';

const ATTACK = '[run me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** $(alert) ${env:HOME} \u001b[31mred\u001b[0m';
const QUOTE = `We said ${ATTACK} and left`;

const HOSTILE: Dossier = {
  sourcebook: 1,
  article: { id: 'hostile-article', title: `Title ${ATTACK}`, outlet: `Outlet ${ATTACK}`, text: `Zed Hostile said "${QUOTE}" on Monday.` },
  actors: [{ id: 'zed-hostile', kind: 'person', name: 'Zed Hostile', aliases: [`Zed ${ATTACK}`], role: `Role ${ATTACK}` }],
  events: [{ id: 'hostile-event', date: '2022-08-08', title: `Event ${ATTACK}`, actors: ['zed-hostile'] }],
  quotes: [{ id: 'hostile-quote', kind: 'speech', speaker: 'zed-hostile', text: QUOTE, attribution: `said ${ATTACK}` }],
};

function assertInertMarkdown(markdown: vscode.MarkdownString, where: string): void {
  const trust = markdown.isTrusted;
  if (trust === true) assert.fail(`${where}: a MarkdownString showing dossier text is fully trusted`);
  if (trust && typeof trust === 'object') {
    for (const command of trust.enabledCommands) assert.ok(command.startsWith('sourcebook.'), `${where}: enables ${command}`);
  }
  // Parsed as Markdown: a link only to our own commands, no image, and raw HTML
  // only where VS Code shows it as text (supportHtml off; appendText leaves "<" as it is).
  const parsed = renderMarkdown(markdown.value);
  for (const href of parsed.links) assert.ok(href.startsWith('command:sourcebook.'), `${where}: a live link to ${href}`);
  assert.deepStrictEqual(parsed.images, [], `${where}: an image`);
  if (markdown.supportHtml) assert.deepStrictEqual(parsed.html, [], `${where}: raw HTML from dossier text`);
}

/** Every row of the three sidebar trees, expanded all the way down. */
async function allTreeItems(): Promise<vscode.TreeItem[]> {
  const api = await sourcebook();
  const items: vscode.TreeItem[] = [];
  for (const tree of [api.sidebar.actors, api.sidebar.events, api.sidebar.quotes]) {
    const pending = [...tree.provider.getChildren()];
    while (pending.length) {
      const node = pending.pop()!;
      items.push(tree.provider.getTreeItem(node));
      pending.push(...tree.provider.getChildren(node));
    }
  }
  return items;
}

/** VS Code's notification link syntax (its parseLinkedText) and icon syntax. */
function assertNoMessageSyntax(text: string, where: string): void {
  assert.doesNotMatch(text, /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)/, `${where}: a link VS Code would open`);
  assert.doesNotMatch(text, /(?<!\\)\$\([A-Za-z0-9-]+\)/, `${where}: an icon from dossier text`);
  assert.doesNotMatch(text, /command:/, `${where}: a bare command: link`);
}

function shownText(value: string | boolean | vscode.TreeItemLabel | vscode.MarkdownString | undefined): string {
  if (typeof value === 'string') return value;
  if (value instanceof vscode.MarkdownString) return value.value;
  return value && typeof value === 'object' ? value.label : '';
}

describe('reliability: a hostile dossier', function () {
  this.timeout(60_000);
  const dossierUri = vscode.Uri.joinPath(scratch(), 'hostile.dossier.yaml');

  before(async () => {
    const api = await sourcebook();
    await writeText(dossierUri, serializeDossier(HOSTILE));
    await libraryWhere(api, hasSource(dossierUri));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeScratch(await sourcebook());
  });

  it('is read as data: every field exactly as written', async () => {
    const loaded = (await sourcebook()).library().dossiers.find((d) => d.source === dossierUri.toString());
    assert.deepStrictEqual(loaded?.dossier, HOSTILE);
  });

  it('shows hover cards whose only enabled commands are Sourcebook\'s, with no live link from the dossier', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Yesterday Zed Hostile spoke.\n' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 12));
    const ours = hovers.filter((hover) => hover.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Zed Hostile')));
    assert.ok(ours.length > 0, 'a card for Zed Hostile');
    for (const hover of ours) {
      for (const content of hover.contents) {
        assert.ok(content instanceof vscode.MarkdownString, 'hover parts are MarkdownStrings');
        assertInertMarkdown(content, 'hover');
      }
    }
  });

  it('shows tree labels as plain text and tooltips without live links', async () => {
    let seen = 0;
    for (const item of await allTreeItems()) {
      const texts = [item.label, item.description, item.tooltip].map(shownText);
      if (!texts.some((t) => String(t).includes('Zed') || String(t).includes('We said'))) continue;
      seen++;
      if (item.tooltip instanceof vscode.MarkdownString) assertInertMarkdown(item.tooltip, `tree tooltip of ${texts[0]}`);
      if (item.command) assert.ok(item.command.command.startsWith('sourcebook.') || item.command.command.startsWith('vscode.'), `tree item runs ${item.command.command}`);
    }
    assert.ok(seen >= 3, `the hostile actor, event and quote appear in the trees (${seen} items)`);
  });

  it('shows dossier text in notifications with no link or icon syntax VS Code would act on', async () => {
    const message = await vscode.commands.executeCommand<string>('sourcebook.copyCslJson', { articleId: 'hostile-article' });
    assert.ok(message?.includes('Title'), `the message names the article: ${message}`);
    assertNoMessageSyntax(message!, 'the Copy CSL-JSON notification');
  });

  it('shows tree labels and descriptions with no icon or link syntax', async () => {
    let seen = 0;
    for (const item of await allTreeItems()) {
      for (const text of [shownText(item.label), shownText(item.description)]) {
        if (!text.includes('run me')) continue;
        seen++;
        assertNoMessageSyntax(text, `tree row ${shownText(item.label)}`);
      }
    }
    assert.ok(seen >= 2, `hostile text appears in tree rows (${seen})`);
  });

  it('inserts the quote\'s words exactly, with no snippet variable or escape expanded', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('sourcebook.insertQuote', { quoteId: 'hostile-quote', articleId: 'hostile-article' });
    assert.ok(document.getText().includes(QUOTE), `inserted: ${JSON.stringify(document.getText())}`);
  });
});
