// Hover cards in the real extension host, asked through
// `vscode.executeHoverProvider` exactly as the editor asks: which card, over
// exactly which range, in untitled, outside-the-workspace and virtual
// documents and in dossier files; hostile dossier text stays text; a change on
// disk shows in the next hover; the settings turn cards and parts off.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Library } from '../../src/core/library';
import type { SourcebookApi } from '../../src/vscode/extension';
import { linkTargets, renderMarkdown } from '../renderedMarkdown';
import { sourcebook } from './extensionApi';

const OUR_COMMANDS = ['sourcebook.insertQuote', 'sourcebook.revealInArticle', 'sourcebook.showInTree'];


interface Card {
  markdown: vscode.MarkdownString;
  range: string;
}

/** Our cards for the mouse on `needle` (at its `at`-th character) in `document`. */
async function cardsAt(document: vscode.TextDocument, needle: string, at = Math.floor(needle.length / 2)): Promise<Card[]> {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in the document`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + at));
  const cards: Card[] = [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (!(content instanceof vscode.MarkdownString) || !content.value.includes('command:sourcebook.showInTree')) continue;
      cards.push({ markdown: content, range: hover.range ? document.getText(hover.range) : '(no range)' });
    }
  }
  return cards;
}

/** The name in a card's header: "**Gustavo Petro**" → "Gustavo Petro". */
function nameOf(card: Card): string {
  return /^\$\([\w-]+\) \*\*(.*?)\*\*/.exec(card.markdown.value)?.[1] ?? `(no header in ${card.markdown.value.slice(0, 80)})`;
}

async function untitled(content: string, language = 'markdown'): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language, content });
}

async function libraryWhere(api: SourcebookApi, test: (library: Library) => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test(api.library())) {
    if (Date.now() > deadline) throw new Error('the library did not update in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Settings reach the provider through an event: retry an assertion for a few seconds. */
async function eventually(check: () => Promise<void>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function dossierYaml(article: string, actors: string[], quotes: string[] = [], events: string[] = []): string {
  const list = (items: string[]) => (items.length ? `\n${items.map((i) => `  - ${i}`).join('\n')}` : ' []');
  return `sourcebook: 1\narticle: {id: ${article}, title: Test article, published: 2024-03-05}\nactors:${list(actors)}\nevents:${list(events)}\nquotes:${list(quotes)}\n`;
}

const DRAFT = [
  '# Draft',
  '',
  'Padrino Lopez spoke first; later padrino lópez repeated it.',
  "It was Petro's idea, Mr. Petro said, while President Nicolas Maduro waited.",
  'Guaido was not there. Petrol prices rose; Petronas bought.',
].join('\n');

describe('hover cards', function () {
  this.timeout(60_000);
  let api: SourcebookApi;
  const tmpFolder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'tmp-hover');

  before(async () => {
    api = await sourcebook();
  });

  after(async () => {
    await vscode.workspace.fs.delete(tmpFolder, { recursive: true }).then(undefined, () => undefined);
  });

  /**
   * Runs `body` while `tmp-hover/NAME` holds `yaml`; the library has it before,
   * and has forgotten it after. Setting up, a refresh makes sure of it (a
   * watcher may miss a file in a folder it has not seen yet); what a test
   * then changes on disk reaches the library by itself.
   */
  async function withDossier(name: string, yaml: string, expectActor: string, body: (uri: vscode.Uri) => Promise<void>): Promise<void> {
    const uri = vscode.Uri.joinPath(tmpFolder, name);
    const loaded = (library: Library) => library.dossiers.some((d) => d.source === uri.toString());
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(yaml));
    try {
      await vscode.commands.executeCommand('sourcebook.refresh');
      await libraryWhere(api, (library) => library.actors.some((a) => a.name === expectActor && a.appearances.some((x) => x.dossier.source === uri.toString())));
      await body(uri);
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.commands.executeCommand('sourcebook.refresh');
      await libraryWhere(api, (library) => !loaded(library));
    }
  }

  it('names the actor under the mouse in an untitled Markdown draft, over exactly the name', async () => {
    const document = await untitled(DRAFT);
    const cases: Array<[needle: string, range: string, name: string]> = [
      ['Padrino Lopez', 'Padrino Lopez', 'Vladimir Padrino López'],
      ['padrino lópez', 'padrino lópez', 'Vladimir Padrino López'],
      ["Petro's", 'Petro', 'Gustavo Petro'],
      ['Mr. Petro', 'Mr. Petro', 'Gustavo Petro'],
      ['President Nicolas Maduro', 'President Nicolas Maduro', 'Nicolás Maduro'],
      ['Guaido', 'Guaido', 'Juan Guaidó'],
    ];
    for (const [needle, range, name] of cases) {
      const cards = await cardsAt(document, needle);
      assert.deepStrictEqual(cards.map((c) => [c.range, nameOf(c)]), [[range, name]], `hovering "${needle}"`);
    }
  });

  it('shows role, article, quotes, events and links on the card', async () => {
    const [card] = await cardsAt(await untitled(DRAFT), 'Mr. Petro');
    const value = card.markdown.value;
    assert.ok(value.startsWith('$(person) **Gustavo Petro** · *person*  \nPresident of Colombia (took office 7 August 2022), left\\-wing'), value);
    assert.ok(value.includes('*Caracas takes steps to restore military relations with Bogota*'));
    assert.ok(value.includes('- “normalization process” — told reporters, '));
    assert.ok(value.includes('**Events**'));
    for (const command of OUR_COMMANDS) assert.ok(value.includes(`](command:${command}?`), `links to ${command}`);
  });

  it('gives no card for words that only begin like a name', async () => {
    const document = await untitled(DRAFT);
    assert.deepStrictEqual((await cardsAt(document, "Petro's")).map(nameOf), ['Gustavo Petro'], 'the name itself has its card');
    assert.deepStrictEqual(await cardsAt(document, 'Petrol'), []);
    assert.deepStrictEqual(await cardsAt(document, 'Petronas'), []);
    assert.deepStrictEqual(await cardsAt(document, 'prices'), []);
  });

  it('shows both actors when two share a surname, and only one for the longer name', async () => {
    const yaml = dossierYaml('hover-shared', ['{id: maria-petro, kind: person, name: María Petro, role: Mayor of Ciénaga}']);
    await withDossier('shared.dossier.yaml', yaml, 'María Petro', async () => {
      const document = await untitled('Petro spoke. Then Mr. Petro and María Petro left.');
      const both = await cardsAt(document, 'Petro spoke', 2);
      assert.deepStrictEqual(both.map((c) => [c.range, nameOf(c)]), [['Petro', 'Gustavo Petro'], ['Petro', 'María Petro']]);
      assert.deepStrictEqual((await cardsAt(document, 'Mr. Petro')).map(nameOf), ['Gustavo Petro']);
      assert.deepStrictEqual((await cardsAt(document, 'María Petro')).map((c) => [c.range, nameOf(c)]), [['María Petro', 'María Petro']]);
    });
  });

  it('shows hostile dossier text as text and enables only Sourcebook’s commands', async () => {
    const yaml = dossierYaml('hover-hostile', [
      '{id: mallory, kind: person, name: Mallory Quinn, role: "[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold**"}',
    ], ['{id: q, kind: speech, speaker: mallory, text: "Run [this](command:workbench.action.terminal.new) <b>now</b>", attribution: said}']);
    await withDossier('hostile.dossier.yaml', yaml, 'Mallory Quinn', async () => {
      const [card] = await cardsAt(await untitled('We asked Mallory Quinn.'), 'Mallory Quinn');
      assert.ok(card, 'a card for Mallory Quinn');
      assert.deepStrictEqual(card.markdown.isTrusted, { enabledCommands: OUR_COMMANDS });
      assert.strictEqual(card.markdown.supportHtml, false);

      // Rendered by VS Code's Markdown renderer, the role and quote are text.
      // (That renderer knows no theme icons and reads "$…$" as maths: our own icons go first.)
      const withoutIcons = card.markdown.value.replace(/(?<!\\)\$\([\w-]+\) ?/g, '');
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', withoutIcons);
      assert.ok(html.includes('[x](command:workbench.action.terminal.new) &lt;img src=x onerror=alert(1)&gt; **bold**'), html);
      assert.ok(html.includes('Run [this](command:workbench.action.terminal.new) &lt;b&gt;now&lt;/b&gt;'), html);
      // Parsed as Markdown (with raw HTML recognised): our two links and nothing else.
      const parsed = renderMarkdown(card.markdown.value);
      assert.deepStrictEqual(linkTargets(card.markdown.value), ['sourcebook.insertQuote', 'sourcebook.showInTree']);
      assert.deepStrictEqual([parsed.images, parsed.html, parsed.headings], [[], [], []], parsed.rendered);
    });
  });

  it('shows the new role in the next hover after the dossier changes on disk', async () => {
    const yaml = (role: string) => dossierYaml('hover-change', [`{id: ona, kind: person, name: Ona Villalba, role: "${role}"}`]);
    await withDossier('change.dossier.yaml', yaml('Mayor of Tarragona'), 'Ona Villalba', async (uri) => {
      const document = await untitled('Ona Villalba declined to comment.');
      assert.ok((await cardsAt(document, 'Ona Villalba'))[0].markdown.value.includes('Mayor of Tarragona'));

      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(yaml('Former mayor, now senator')));
      await libraryWhere(api, (library) => library.actors.some((a) => a.role === 'Former mayor, now senator'));
      const value = (await cardsAt(document, 'Ona Villalba'))[0].markdown.value;
      assert.ok(value.includes('Former mayor, now senator') && !value.includes('Tarragona'), value);
    });
  });

  it('in a dossier file, shows the actor being edited and the actor an id refers to', async () => {
    const sample = api.library().dossiers.find((d) => d.isSample)!;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(sample.source));
    const cardsOn = async (needle: string, at?: number) => (await cardsAt(document, needle, at)).map((c) => [c.range, nameOf(c)]);
    assert.deepStrictEqual(await cardsOn('President of Venezuela'), [['President of Venezuela', 'Nicolás Maduro']]);
    assert.deepStrictEqual(await cardsOn('id: guaido', 6), [['guaido', 'Juan Guaidó']]);
    assert.deepStrictEqual(await cardsOn('speaker: petro', 11), [['petro', 'Gustavo Petro']]);
    assert.deepStrictEqual(await cardsOn('actors: [apure', 10), [['apure', 'Apure']]);
  });

  it('in a new untitled dossier the library does not hold yet, uses the document itself', async () => {
    const yaml = dossierYaml('hover-untitled', [
      '{id: tomas, kind: person, name: Tomás Ruiz, role: Union leader}',
      '{id: union, kind: organization, name: Dockworkers Union}',
    ], ['{id: q1, kind: speech, speaker: tomas, text: We will strike}'], ['{id: e1, date: 2024-03-04, title: The union votes, actors: [union, tomas]}']);
    const document = await untitled(yaml, 'yaml');
    const cardsOn = async (needle: string, at?: number) => (await cardsAt(document, needle, at)).map((c) => [c.range, nameOf(c)]);
    assert.deepStrictEqual(await cardsOn('Union leader'), [['Union leader', 'Tomás Ruiz']]);
    assert.deepStrictEqual(await cardsOn('kind: organization', 8), [['organization', 'Dockworkers Union']]);
    assert.deepStrictEqual(await cardsOn('speaker: tomas', 11), [['tomas', 'Tomás Ruiz']]);
    const [card] = await cardsAt(document, 'actors: [union', 10);
    assert.ok(card.markdown.value.includes('- **Mar 4, 2024** — The union votes'), card.markdown.value);
    assert.ok(!api.library().actors.some((a) => a.name === 'Tomás Ruiz'), 'the workspace library is left as it was');

    assert.deepStrictEqual(await cardsAt(await untitled('owner: Petro\n', 'yaml'), 'Petro'), [], 'other YAML gets no card');
  });

  it('works in a file outside the workspace and in a virtual document', async () => {
    // A file outside the workspace exists only where the extension host has a disk (not in the web worker run).
    if (typeof process !== 'undefined') {
      const outside = vscode.Uri.file(path.join(os.tmpdir(), `sourcebook-hover-${process.pid}.txt`));
      await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('Notes: call Guaidó tomorrow.\n'));
      try {
        const document = await vscode.workspace.openTextDocument(outside);
        assert.strictEqual(document.languageId, 'plaintext');
        assert.deepStrictEqual((await cardsAt(document, 'Guaidó')).map(nameOf), ['Juan Guaidó']);
      } finally {
        await vscode.workspace.fs.delete(outside);
      }
    }

    const scheme = 'sourcebook-hover-test';
    const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => 'Duque handed over to Petro.' });
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(`${scheme}:/virtual/draft.md`));
      assert.strictEqual(document.languageId, 'markdown');
      assert.deepStrictEqual((await cardsAt(document, 'Duque')).map(nameOf), ['Iván Duque']);
    } finally {
      provider.dispose();
    }
  });

  it('answers on a line of a megabyte, over exactly the name', async () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20_000);
    const document = await untitled(`${filler}then Padrino López spoke; ${filler}`);
    assert.ok(document.getText().length > 1_000_000);
    assert.deepStrictEqual((await cardsAt(document, 'López')).map((c) => [c.range, nameOf(c)]), [['Padrino López', 'Vladimir Padrino López']]);
    assert.deepStrictEqual(await cardsAt(document, 'spoke'), []);
  });

  it('follows the settings: languages, parts, and off', async () => {
    const config = () => vscode.workspace.getConfiguration('sourcebook.hover');
    const plain = await untitled('Petro said so.', 'plaintext');
    const python = await untitled('# Petro said so\nx = 1\n', 'python');
    const names = async (document: vscode.TextDocument) => (await cardsAt(document, 'Petro')).map(nameOf);
    try {
      assert.deepStrictEqual(await names(python), [], 'not in code by default');
      await config().update('languages', ['markdown', 'python'], vscode.ConfigurationTarget.Global);
      await eventually(async () => assert.deepStrictEqual(await names(python), ['Gustavo Petro']));
      assert.deepStrictEqual(await names(plain), [], 'plain text was left out of the list');

      await config().update('showQuotes', false, vscode.ConfigurationTarget.Global);
      await eventually(async () => {
        const [card] = await cardsAt(python, 'Petro');
        assert.ok(!card.markdown.value.includes('**Quotes**') && card.markdown.value.includes('**Events**'), card.markdown.value);
      });

      await config().update('enabled', false, vscode.ConfigurationTarget.Global);
      await eventually(async () => assert.deepStrictEqual(await names(python), []));
    } finally {
      for (const key of ['languages', 'showQuotes', 'enabled']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await eventually(async () => assert.deepStrictEqual(await names(plain), ['Gustavo Petro']));
  });
});
