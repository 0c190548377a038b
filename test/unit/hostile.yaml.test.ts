// Dossiers written to hurt: alias bombs, prototype keys, oversized and deeply
// nested files, shapes that make a YAML parser quadratic, articles that are
// not files. Each is refused with a message (in the parser the extension uses
// and in `sourcebook check` alike), and none costs more than its size.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkFile } from '../../src/cli/check';
import { parseDossier } from '../../src/core/dossier/parse';
import { serializeDossier } from '../../src/core/dossier/serialize';
import { validDossier } from '../fuzz/arbitraries';
import { holds } from '../fuzz/budget';

const VALID = serializeDossier({
  sourcebook: 1,
  article: { id: 'a', title: 'T', text: 'He said "yes".' },
  actors: [{ id: 'p', kind: 'person', name: 'P', aliases: [] }],
  events: [],
  quotes: [{ id: 'q', kind: 'speech', speaker: 'p', text: 'yes' }],
});

function billionLaughs(width: number, depth: number): string {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let level = 1; level <= depth; level++) lines.push(`l${level}: &l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]`);
  return VALID + lines.join('\n') + '\n';
}

function millisecondsOf(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const BLOCK_HEADER = /:\s*[|>][+-]?\d*[+-]?\s*$/;

/** Indexes of the lines that are a block scalar's content. */
function blockScalarLines(lines: string[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!BLOCK_HEADER.test(lines[i])) continue;
    const indent = lines[i].match(/^\s*/)![0].length;
    for (let j = i + 1; j < lines.length && (lines[j].trim() === '' || lines[j].match(/^\s*/)![0].length > indent); j++) inside.add(j);
  }
  return inside;
}

describe('hostile dossiers', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-hostile-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const writeFile = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('refuses every alias bomb that would expand past the limit, with a message, at once', () => {
    holds('hostile: alias bombs', fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), (width, depth) => {
      fc.pre(width ** depth > 200);
      let result!: ReturnType<typeof parseDossier>;
      const ms = millisecondsOf(() => { result = parseDossier(billionLaughs(width, depth)); });
      assert.strictEqual(result.dossier, undefined);
      assert.match(result.problems[0].message, /aliases expand too far .*billion laughs/);
      assert.ok(ms < 2000, `refused in ${ms.toFixed(0)} ms`);
    }), 40);
  });

  it('refuses an alias bomb in `sourcebook check` too', async () => {
    const problems = await checkFile(writeFile('bomb.dossier.yaml', billionLaughs(9, 9)));
    assert.match(problems[0].message, /aliases expand too far/);
  });

  it('never lets __proto__, constructor or prototype keys reach an object, wherever they are put', () => {
    const pollutingKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
    holds('hostile: prototype keys', fc.property(validDossier, pollutingKey, fc.nat(), (dossier, key, at) => {
      // Put `KEY: {polluted: yes, toString: 1}` under a random mapping's indentation.
      const lines = serializeDossier(dossier).split('\n');
      // Not inside a block scalar (nor right after its `|` header): there the line would be text, not a key.
      const inScalar = blockScalarLines(lines);
      const mappingLines = lines.map((line, i) => [line, i] as const).filter(([line, i]) => /^\s*(- )?[a-z_]+:/.test(line) && !inScalar.has(i) && !BLOCK_HEADER.test(line));
      const [line, index] = mappingLines[at % mappingLines.length];
      const indent = line.match(/^\s*(- )?/)![0].replace('-', ' ');
      lines.splice(index + 1, 0, `${indent}${key}: {polluted: yes, toString: 1}`);
      const result = parseDossier(lines.join('\n'));
      assert.strictEqual(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
      assert.strictEqual(Object.prototype.toString.call([]), '[object Array]');
      if (result.dossier) {
        assert.deepStrictEqual(result.dossier, dossier, 'the key is ignored, with a warning');
        assert.ok(result.problems.some((p) => p.message.includes(`"${key}"`)));
      }
    }), 150);
  });

  it('refuses a file over the size limit with a message naming the limit and the setting, before reading it', async () => {
    const big = VALID + `# ${'x'.repeat(1024 * 1024)}\n`;
    const parsed = parseDossier(big, { maxBytes: 512 * 1024 });
    assert.strictEqual(parsed.dossier, undefined);
    assert.match(parsed.problems[0].message, /over the size limit of 0\.5 MB \(setting sourcebook\.maxDossierSizeMB\)/);
    const checked = await checkFile(writeFile('big.dossier.yaml', big), { maxBytes: 512 * 1024 });
    assert.match(checked[0].message, /over the size limit of 0\.5 MB/);
  });

  it('counts the size in UTF-8 bytes, as the file holds it', () => {
    const accented = VALID + `# ${'é'.repeat(300 * 1024)}\n`; // 300 K characters, 600 KB
    assert.match(parseDossier(accented, { maxBytes: 512 * 1024 }).problems[0].message, /over the size limit/);
  });

  const nestings: [string, (n: number) => string][] = [
    ['flow sequences', (n) => '['.repeat(n) + ']'.repeat(n)],
    ['flow mappings', (n) => '{a: '.repeat(n) + '1' + '}'.repeat(n)],
    ['block sequences on one line', (n) => '- '.repeat(n) + 'x'],
    ['indented block mappings', (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x'],
    ['explicit keys', (n) => '? '.repeat(n) + 'x'],
    ['indented block sequences of mappings', (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- a:`).join('\n') + ' x'],
  ];
  for (const [shape, nest] of nestings) {
    it(`refuses ${shape} nested past the limit with a message, however deep`, () => {
      for (const depth of [65, 2_000, 100_000]) {
        if (shape.includes('ndent') && depth > 2_000) continue; // n² characters of indentation
        const result = parseDossier(nest(depth), { maxBytes: Infinity });
        assert.strictEqual(result.dossier, undefined);
        assert.match(result.problems[0].message, /nests collections over 64 levels deep/, `${shape} × ${depth}`);
      }
      assert.doesNotMatch(parseDossier(nest(20)).problems[0]?.message ?? '', /nests/, 'shallower nesting is read');
    });
  }

  // How parse time grows on the shapes that have made YAML parsers quadratic is
  // measured by npm run bench (parse.scaling), not asserted here.

  it('checks a dossier whose article is a device, a pipe or a folder without hanging', async function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    fs.mkdirSync(path.join(dir, 'folder'));
    const zero = path.join(dir, 'zero');
    if (!fs.existsSync(zero)) fs.symlinkSync('/dev/zero', zero);
    for (const file of [zero, fifo, path.join(dir, 'folder')]) {
      const text = VALID.replace(/ {2}text: .*\n/, `  file: ${JSON.stringify(path.relative(dir, file))}\n`);
      const fileLine = text.split('\n').findIndex((line) => line.startsWith('  file:')) + 1;
      const problems = await checkFile(writeFile('device.dossier.yaml', text), { root: null });
      assert.deepStrictEqual(problems.map((p) => `${p.line} ${p.message}`), [`${fileLine} The article "${path.relative(dir, file)}" is not a regular file; it was not read.`]);
    }
  });
});
