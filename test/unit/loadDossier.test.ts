// The one loading path (src/core/load): a file port in memory stands for
// Node's fs and vscode.workspace.fs, so every rule is seen without either.
import * as assert from 'assert';
import { articleIdFor, isValidId, toId } from '../../src/core/dossier/ids';
import { parseDossier } from '../../src/core/dossier/parse';
import { FilePort } from '../../src/core/load/files';
import { loadDossierFile, LoadOptions } from '../../src/core/load/loadDossier';
import { englishMessages, LOAD_MESSAGES, LoadMessageKey } from '../../src/core/load/messages';
import { readRepoFile } from './helpers';

type Entry = string | { kind: 'folder' } | { kind: 'device' };

/** Files by path; a device reads forever, so reading one fails the test. */
function memoryPort(files: Record<string, Entry>): FilePort & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async stat(location) {
      const entry = files[location];
      if (entry === undefined) return undefined;
      return typeof entry === 'string' ? { isFile: true, size: new TextEncoder().encode(entry).length, mtime: 1 } : { isFile: false, size: 0, mtime: 1 };
    },
    async read(location, limit) {
      reads.push(location);
      const entry = files[location];
      if (typeof entry !== 'string') assert.fail(`read ${location}, which is not a regular file`);
      return new TextEncoder().encode(entry).subarray(0, limit);
    },
  };
}

const DOSSIER = (article: string) => `sourcebook: 1\narticle:\n  id: a\n  ${article}\nactors:\n  - id: ana\n    kind: person\n    name: Ana Ruiz\nquotes:\n  - id: q1\n    kind: speech\n    speaker: ana\n    text: "we will"\n`;

function options(port: FilePort, maxBytes?: number): LoadOptions {
  return {
    port,
    maxBytes,
    placeArticle: (dossier, named) => named.startsWith('..') ? { refused: englishMessages('articleOutsideFolder', named) } : { location: `/ws/${named}` },
  };
}

describe('Loading a dossier (core, one path for the CLI and the extension)', () => {
  it('loads a dossier and its file: article, and checks the quotes against it', async () => {
    const port = memoryPort({ '/ws/d.dossier.yaml': DOSSIER('file: art.txt'), '/ws/art.txt': 'She said "we will".' });
    const load = (await loadDossierFile('/ws/d.dossier.yaml', options(port)))!;
    assert.deepStrictEqual(load.problems, []);
    assert.strictEqual(load.loaded?.articleText, 'She said "we will".');
    assert.strictEqual(load.loaded?.articleSource, '/ws/art.txt');
    assert.ok(load.parsed.locate(['quotes', 0, 'text']).start > 0, 'the parse keeps positions');
    assert.strictEqual(load.info?.size, DOSSIER('file: art.txt').length);

    const misquoted = memoryPort({ '/ws/d.dossier.yaml': DOSSIER('file: art.txt'), '/ws/art.txt': 'She said "we won\'t".' });
    const checked = (await loadDossierFile('/ws/d.dossier.yaml', options(misquoted)))!;
    assert.deepStrictEqual(checked.problems.map((p) => p.message), ['Quote "q1" is not in the article word for word.']);
  });

  it('says why a dossier was not read: not a regular file, too large, not UTF-8; nothing there is no dossier', async () => {
    const port = memoryPort({ '/ws/dev.dossier.yaml': { kind: 'device' }, '/ws/big.dossier.yaml': DOSSIER('text: x') + '#'.repeat(2000), '/ws/ok.dossier.yaml': DOSSIER('text: "we will"') });
    const first = async (location: string) => (await loadDossierFile(location, options(port, 1000)))?.problems.map((p) => p.message);
    assert.deepStrictEqual(await first('/ws/dev.dossier.yaml'), [LOAD_MESSAGES.dossierNotAFile]);
    assert.match((await first('/ws/big.dossier.yaml'))![0], /over the size limit of/);
    assert.deepStrictEqual(await first('/ws/ok.dossier.yaml'), [], 'a small regular dossier loads (the control)');
    assert.strictEqual(await loadDossierFile('/ws/none.dossier.yaml', options(port)), undefined);
    assert.deepStrictEqual(port.reads, ['/ws/ok.dossier.yaml'], 'neither the device nor the large file was read');
  });

  it('refuses an article the caller\'s rule puts outside, or that is not a regular file, on the file: line', async () => {
    const port = memoryPort({ '/ws/out.dossier.yaml': DOSSIER('file: ../secret.txt'), '/ws/dev.dossier.yaml': DOSSIER('file: zero'), '/ws/zero': { kind: 'device' } });
    for (const [location, message] of [['/ws/out.dossier.yaml', englishMessages('articleOutsideFolder', '../secret.txt')], ['/ws/dev.dossier.yaml', englishMessages('articleNotAFile', 'zero')]]) {
      const load = (await loadDossierFile(location, options(port)))!;
      assert.deepStrictEqual(load.problems.map((p) => [p.line, p.message]), [[4, message]], location);
      assert.ok(load.loaded, 'the dossier itself still loads');
    }
    assert.deepStrictEqual(port.reads, ['/ws/out.dossier.yaml', '/ws/dev.dossier.yaml']);
  });

  it('speaks the extension\'s words: every message is in the l10n bundle, and loadMessages.ts says each as the core does', () => {
    const bundle = JSON.parse(readRepoFile('l10n', 'bundle.l10n.json')) as Record<string, string>;
    const source = readRepoFile('src', 'vscode', 'library', 'loadMessages.ts');
    const cases = new Map([...source.matchAll(/case '(\w+)': return vscode\.l10n\.t\((['"])(.*?)\2[,)]/g)].map((m) => [m[1], m[3].replace(/\\(.)/g, '$1')]));
    assert.ok(cases.size > 0, 'the table was read');
    for (const key of Object.keys(LOAD_MESSAGES) as LoadMessageKey[]) {
      assert.strictEqual(cases.get(key), LOAD_MESSAGES[key], key);
      assert.ok(LOAD_MESSAGES[key] in bundle, `${key} is in l10n/bundle.l10n.json (run npm run l10n)`);
    }
    assert.strictEqual(englishMessages('articleTooLarge', 'a.txt', 50), 'The article file "a.txt" is over 50 MB; it was not read.');
  });
});

describe('Article ids: one rule for what Sourcebook writes and what it reads', () => {
  const dossierWithId = (id: string) => `sourcebook: 1\narticle:\n  id: ${JSON.stringify(id)}\n  text: x\n`;
  const idProblems = (id: string) => parseDossier(dossierWithId(id)).problems.filter((p) => /id/.test(p.message));

  it('makes an id the parser accepts from any file name', () => {
    assert.strictEqual(articleIdFor('My Article (draft).txt'), 'my-article-draft');
    assert.strictEqual(articleIdFor('Café — 2022.08.09.md'), 'cafe-2022.08.09');
    assert.ok(idProblems('My Article (draft)').length > 0, 'the raw name is refused (the control)');
    for (const name of ['My Article (draft).txt', '((draft)).txt', '.hidden.md', '日本語.txt', '-x-.html', 'Ünïcödé name!.markdown', 'a:b_c.txt', '']) {
      const id = articleIdFor(name);
      assert.ok(isValidId(id), `${name} → ${id}`);
      assert.deepStrictEqual(idProblems(id), [], `${name} → ${id} is accepted`);
    }
    assert.strictEqual(toId('***'), 'item');
  });
});
