// The dossier parser: a dossier, or problems a writer can act on, at the right line.
import * as assert from 'assert';
import { parseDossier } from '../../src/core/dossier/parse';
import { serializeDossier } from '../../src/core/dossier/serialize';
import { readRepoFile } from './helpers';

function problemsOf(text: string): string[] {
  return parseDossier(text).problems.map((p) => `${p.line}:${p.column} ${p.severity}: ${p.message}`);
}

const MINIMAL = `sourcebook: 1
article:
  id: a
  title: A title
actors:
  - id: petro
    kind: person
    name: Gustavo Petro
quotes:
  - id: q1
    kind: speech
    speaker: petro
    text: the words
`;

describe('parseDossier', () => {
  it('reads a minimal dossier', () => {
    const { dossier, problems } = parseDossier(MINIMAL);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(dossier!.article.title, 'A title');
    assert.deepStrictEqual(dossier!.actors, [{ id: 'petro', kind: 'person', name: 'Gustavo Petro', aliases: [] }]);
    assert.deepStrictEqual(dossier!.quotes[0], { id: 'q1', kind: 'speech', speaker: 'petro', text: 'the words' });
  });

  it('reports an unknown speaker at its line and column', () => {
    assert.deepStrictEqual(problemsOf(MINIMAL.replace('speaker: petro', 'speaker: maduro')), [
      '12:14 error: Unknown actor id "maduro" as speaker: no actor in this dossier has it.',
    ]);
  });

  it('reports duplicate ids, naming the first line', () => {
    const text = MINIMAL + '  - id: q1\n    kind: term\n    speaker: null\n    text: other\n';
    assert.deepStrictEqual(problemsOf(text), ['14:9 error: Duplicate quote id "q1" (first used on line 10).']);
  });

  it('reports a wrong date form and an impossible date', () => {
    const text = MINIMAL + 'events:\n  - {id: e1, date: 12/03/2021, title: T}\n  - {id: e2, date: 2021-02-30, title: T}\n';
    const problems = problemsOf(text);
    assert.strictEqual(problems.length, 2);
    assert.match(problems[0], /^15:20 error: The event date must be YYYY, YYYY-MM or YYYY-MM-DD/);
    assert.match(problems[1], /^16:20 error: .*not "2021-02-30"/);
  });

  it('reports a kind outside the list, and missing required keys', () => {
    const text = MINIMAL.replace('kind: person', 'kind: human').replace('    name: Gustavo Petro\n', '');
    assert.deepStrictEqual(problemsOf(text), [
      '6:5 error: This actor has no "name".',
      '7:11 error: "human" is not a valid actor kind: use one of person, organization, group, place.',
    ]);
  });

  it('reports YAML syntax errors at their position and keeps no dossier', () => {
    const result = parseDossier('sourcebook: 1\narticle: {id: a\nactors: []\n');
    assert.strictEqual(result.dossier, undefined);
    assert.ok(result.problems.length > 0);
    assert.ok(result.problems.every((p) => p.severity === 'error' && p.line >= 2), JSON.stringify(result.problems));
  });

  it('warns about unknown keys without losing the dossier', () => {
    const result = parseDossier(MINIMAL.replace('  title: A title', '  title: A title\n  colour: blue'));
    assert.ok(result.dossier);
    assert.deepStrictEqual(result.problems.map((p) => `${p.line}:${p.column} ${p.severity}`), ['5:3 warning']);
  });

  it('refuses alias bombs with a message', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const result = parseDossier(bomb.join('\n'));
    assert.strictEqual(result.dossier, undefined);
    assert.match(result.problems[0].message, /YAML aliases expand too far .* refused/);
  });

  it('refuses files over the size limit, naming the limit', () => {
    const result = parseDossier(MINIMAL + '# ' + 'x'.repeat(2048) + '\n', { maxBytes: 1024 });
    assert.strictEqual(result.dossier, undefined);
    assert.match(result.problems[0].message, /over the size limit of 0\.001 MB/);
  });

  it('counts a character outside the BMP as its 4 UTF-8 bytes, at the limit and one byte under it', () => {
    const text = MINIMAL + '# ' + '😀'.repeat(300) + '\n';
    const bytes = new TextEncoder().encode(text).length;
    assert.ok(text.length * 3 > bytes, 'long enough that the bytes are counted one by one');
    assert.ok(parseDossier(text, { maxBytes: bytes }).dossier, 'exactly at the limit: accepted');
    const over = parseDossier(text, { maxBytes: bytes - 1 });
    assert.strictEqual(over.dossier, undefined);
    assert.match(over.problems[0].message, /over the size limit/);
  });

  it('never lets __proto__ reach an object prototype', () => {
    const text = MINIMAL.replace('  title: A title', '  title: A title\n  __proto__: {polluted: yes}') + '__proto__: {polluted: yes}\n';
    const { dossier } = parseDossier(text);
    assert.ok(dossier);
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.strictEqual((dossier.article as unknown as Record<string, unknown>).polluted, undefined);
  });

  it('reads confidence and reviewed on actors, events and quotes, and round-trips them', () => {
    const text = MINIMAL.replace('    name: Gustavo Petro', '    name: Gustavo Petro\n    confidence: 0.9')
      .replace('    text: the words', '    text: the words\n    confidence: 0.35\n    reviewed: true')
      + 'events:\n  - id: e1\n    title: An event\n    date: 2022-08-07\n    confidence: 0\n';
    const { dossier, problems } = parseDossier(text);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(dossier!.actors[0].confidence, 0.9);
    assert.strictEqual(dossier!.actors[0].reviewed, undefined);
    assert.deepStrictEqual([dossier!.quotes[0].confidence, dossier!.quotes[0].reviewed], [0.35, true]);
    assert.strictEqual(dossier!.events[0].confidence, 0);
    assert.deepStrictEqual(parseDossier(serializeDossier(dossier!)).dossier, dossier);
  });

  it('reports a confidence outside 0–1 or a reviewed that is not a boolean, at its line', () => {
    const text = MINIMAL.replace('    name: Gustavo Petro', '    name: Gustavo Petro\n    confidence: 1.5')
      .replace('    text: the words', '    text: the words\n    reviewed: maybe');
    assert.deepStrictEqual(problemsOf(text), [
      '9:17 error: "confidence" is a number from 0 to 1.',
      '15:15 error: "reviewed" should be true or false.',
    ]);
  });

  it('round-trips the sample through serializeDossier', () => {
    const first = parseDossier(readRepoFile('data', 'dossier.yaml')).dossier!;
    const again = parseDossier(serializeDossier(first));
    assert.deepStrictEqual(again.problems, []);
    assert.deepStrictEqual(again.dossier, first);
  });
});
