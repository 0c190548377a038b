// Nesting is bounded before the yaml library builds its token tree (hundreds
// of bytes per level): a 5 MB file of unclosed brackets is refused within a
// small heap, and the pre-scan never refuses what the parser would read.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import fc from 'fast-check';
import * as path from 'path';
import { stringify } from 'yaml';
import { scanNestingDepth, scanShape } from '../../src/core/dossier/depthScan';
import { parseDossier } from '../../src/core/dossier/parse';
import { tokenNestingDepth } from '../../src/core/dossier/safeYaml';
import { hostileText, validDossier } from '../fuzz/arbitraries';
import { holds } from '../fuzz/budget';
import { serializeDossier } from '../../src/core/dossier/serialize';

const PARSE = path.join(__dirname, '..', '..', 'src', 'core', 'dossier', 'parse.js');

/** Parses `source` (JavaScript building the text) in a child node limited to `heapMB` of heap; returns the first problem. */
function parseInSmallHeap(source: string, heapMB: number): string {
  const script = `const { parseDossier } = require(${JSON.stringify(PARSE)}); const text = ${source}; process.stdout.write(parseDossier(text).problems[0]?.message ?? 'read');`;
  return execFileSync(process.execPath, [`--max-old-space-size=${heapMB}`, '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const HOSTILE_5MB: [string, string][] = [
  ['unclosed [', `'['.repeat(5 * 1024 * 1024 - 16)`],
  ['unclosed { after a key', `'article: ' + '{'.repeat(5 * 1024 * 1024 - 16)`],
  ['compact block sequences', `'- '.repeat(2.5 * 1024 * 1024 - 16)`],
  ['explicit keys and sequences', `'? - '.repeat(1.25 * 1024 * 1024 - 16)`],
  ['brackets after a block scalar ends', `'a:\\n  - |\\n    x\\n [' + '['.repeat(5 * 1024 * 1024 - 32)`],
];

/** Flat, not deep: each item is a node of the yaml library's tree (over a kilobyte each). */
const FLOW_ITEMS_5MB: [string, string][] = [
  ['items in a flow sequence', `'[' + 'a, '.repeat(1.6 * 1024 * 1024)`],
  ['pairs in a flow mapping', `'{' + 'a: 1, '.repeat(0.8 * 1024 * 1024)`],
  ['commas in a flow sequence', `'[' + ','.repeat(5 * 1024 * 1024 - 16)`],
  ['a flow list of actor ids in a dossier', `'sourcebook: 1\\narticle: {id: a}\\nevents:\\n  - {id: e, title: t, actors: [' + 'p, '.repeat(1.6 * 1024 * 1024) + ']}\\n'`],
];

describe('hostile dossiers: memory', function () {
  this.timeout(120_000);

  for (const [shape, source] of HOSTILE_5MB) {
    it(`refuses 5 MB of ${shape} within a 160 MB heap`, () => {
      assert.match(parseInSmallHeap(source, 160), /nests collections over 64 levels deep/);
    });
  }

  for (const [shape, source] of FLOW_ITEMS_5MB) {
    it(`refuses 5 MB of ${shape} within a 160 MB heap`, () => {
      assert.match(parseInSmallHeap(source, 160), /flow collections \(\[…\] and \{…\}\) hold over [\d,]+ items \(the limit: one per 8 characters/);
    });
  }

  it('refuses one flow item past the limit, at that item, and reads up to the limit', () => {
    assert.deepStrictEqual(parseDossier('sourcebook: 1\narticle: {id: a, authors: [x, y, z]}\n', { maxFlowItems: 5 }).problems, []);
    // Five items (id, authors, x, y, z) read; the sixth is refused at its comma.
    const refused = parseDossier('sourcebook: 1\narticle: {id: a, authors: [x, y, z, w]}\n', { maxFlowItems: 5 }).problems;
    assert.deepStrictEqual(refused.map((p) => [p.line, p.column, p.message]), [[2, 35, 'This dossier\'s flow collections ([…] and {…}) hold over 5 items (the limit); it was not read.']]);
  });

  it('reads a valid dossier of 40,000 flow items (2 MB of actors in flow style)', () => {
    const actors = Array.from({ length: 8000 }, (_, i) => `  - {id: p${i}, kind: person, name: Person Number${i}, aliases: [Number${i}]}\n`).join('');
    const parsed = parseDossier(`sourcebook: 1\narticle: {id: a}\nactors:\n${actors}`);
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(parsed.dossier!.actors.length, 8000);
  });

  it('never counts more flow items than valid YAML has, in any style', () => {
    /** Items the scan may count: each collection's entries, an empty one counting one. */
    const itemsOf = (v: unknown): number => {
      if (Array.isArray(v)) return Math.max(1, v.length) + v.reduce((sum: number, item) => sum + itemsOf(item), 0);
      if (v && typeof v === 'object') return Math.max(1, Object.keys(v).length) + Object.values(v).reduce((sum: number, item) => sum + itemsOf(item), 0);
      return 0;
    };
    holds('flow items pre-scan: valid YAML', fc.property(value, fc.constantFrom('block', 'flow', 'any') as fc.Arbitrary<'block' | 'flow' | 'any'>, (v, collectionStyle) => {
      const text = stringify(v, { collectionStyle });
      const shape = scanShape(text, { maxDepth: 1000, maxFlowItems: itemsOf(v) });
      assert.strictEqual(shape.tooManyFlowItemsAt, undefined, `counted past ${itemsOf(v)} in ${JSON.stringify(text)}`);
    }), 300);
  });

  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom('x', 'a [b', 'c] {d', '- e', '? f', 'g: h', '#i', '"j', "k'", '|', '>', 1, true), tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 3 }),
    map: fc.dictionary(fc.constantFrom('k', 'a b', '[x', '- y', '? z', 'q"'), tie('node'), { maxKeys: 3 }),
  })).node;

  function depthOf(v: unknown): number {
    if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depthOf));
    if (v && typeof v === 'object') return 1 + Math.max(0, ...Object.values(v).map(depthOf));
    return 0;
  }

  it('never estimates more levels than valid YAML has, in any style', () => {
    holds('depth pre-scan: valid YAML', fc.property(value, fc.constantFrom('block', 'flow', 'any') as fc.Arbitrary<'block' | 'flow' | 'any'>, fc.boolean(), fc.integer({ min: 1, max: 4 }), (v, collectionStyle, indentSeq, indent) => {
      const text = stringify(v, { collectionStyle, indentSeq, indent });
      const scanned = scanNestingDepth(text, 1000);
      assert.ok(scanned <= depthOf(v), `estimated ${scanned} > ${depthOf(v)} for ${JSON.stringify(text)}`);
    }), 300);
  });

  it('refuses as too deep only what the token tree also finds too deep, or what does not parse', () => {
    holds('depth pre-scan: hostile text', fc.property(hostileText(80), (text) => {
      const limit = 3;
      if (scanNestingDepth(text, limit) <= limit) return;
      const tokens = tokenNestingDepth(text, limit);
      assert.ok(tokens > limit || parseDossier(text, { maxDepth: 1000 }).problems.some((p) => p.severity === 'error'), `refused ${JSON.stringify(text)}`);
    }), 500);
  });

  it('reads every valid dossier the serializer writes', () => {
    holds('depth pre-scan: serialized dossiers', fc.property(validDossier, (dossier) => {
      const text = serializeDossier(dossier);
      assert.ok(scanNestingDepth(text, 64) <= tokenNestingDepth(text, 64), text);
    }), 100);
  });
});
