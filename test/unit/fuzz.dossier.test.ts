// Property tests of the dossier format: whatever a file holds, the parser
// answers with a dossier or with problems placed in the text, never with an
// exception; and a valid dossier survives being written out and read back.
import * as assert from 'assert';
import fc from 'fast-check';
import { parseDossier } from '../../src/core/dossier/parse';
import { LineMap } from '../../src/core/dossier/problems';
import { serializeDossier } from '../../src/core/dossier/serialize';
import { Library } from '../../src/core/library';
import { damagedDossierText, hostileText, validDossier, wrongShapeYaml } from '../fuzz/arbitraries';
import { holds } from '../fuzz/budget';

/** What a user is promised of any parse: a dossier, or errors they can go to. */
function assertWellFormedAnswer(text: string): void {
  const result = parseDossier(text);
  const errors = result.problems.filter((p) => p.severity === 'error');
  assert.strictEqual(result.dossier !== undefined, errors.length === 0, 'a dossier exactly when there are no errors');
  const lines = new LineMap(text);
  for (const problem of result.problems) {
    assert.ok(problem.message.trim().length > 0, 'every problem says something');
    assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= text.length, `problem range ${problem.start}-${problem.end} inside the text`);
    assert.deepStrictEqual({ line: problem.line, column: problem.column }, lines.position(problem.start), 'line and column agree with the offset');
  }
  assert.ok(result.problems.length <= 101, 'the Problems panel is not flooded');
}

describe('dossier parser under fuzzing', () => {
  it('answers any text with a dossier or positioned problems, never an exception', () => {
    holds('parseDossier: any text', fc.property(hostileText(400), (text) => assertWellFormedAnswer(text)), 300);
  });

  it('answers damaged dossiers (cut short, spliced, other line endings, BOMs) the same way', () => {
    holds('parseDossier: damaged dossiers', fc.property(damagedDossierText, (text) => assertWellFormedAnswer(text)), 200);
  });

  it('answers the right keys with values of the wrong shape the same way', () => {
    holds('parseDossier: wrong shapes', fc.property(wrongShapeYaml, (text) => assertWellFormedAnswer(text)), 300);
  });

  it('reads back exactly what it wrote: parse(serialize(d)) = d, whatever the fields hold', () => {
    holds('serialize → parse identity', fc.property(validDossier, hostileText(40), (dossier, header) => {
      const text = serializeDossier(dossier, header);
      const again = parseDossier(text);
      assert.deepStrictEqual(again.problems.filter((p) => p.severity === 'error'), []);
      assert.deepStrictEqual(again.dossier, dossier);
    }), 200);
  });

  it('keeps values made of blanks and line breaks ("  \\n") through save and reload', () => {
    holds('serialize → parse: blank values', fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n', 'x'), maxLength: 8 }), (title) => {
      const dossier = { sourcebook: 1 as const, article: { id: 'a', title }, actors: [], events: [], quotes: [] };
      assert.deepStrictEqual(parseDossier(serializeDossier(dossier)).dossier?.article.title, title);
    }), 500);
    const dossier = { sourcebook: 1 as const, article: { id: 'a', title: '  \n' }, actors: [], events: [], quotes: [] };
    assert.strictEqual(parseDossier(serializeDossier(dossier)).dossier?.article.title, '  \n');
  });

  it('keeps reading valid dossiers saved with Windows or old Mac line endings or a BOM', () => {
    holds('parse: line endings and BOM', fc.property(validDossier, fc.constantFrom('\r\n', '\r'), fc.boolean(), (dossier, newline, bom) => {
      const text = (bom ? '\uFEFF' : '') + serializeDossier(dossier).replace(/\n/g, newline);
      const again = parseDossier(text);
      assert.deepStrictEqual(again.problems.filter((p) => p.severity === 'error'), []);
      assert.deepStrictEqual(again.dossier, dossier);
    }), 100);
  });

  it('merges any set of valid dossiers into a library where every actor, quote and event is found', () => {
    holds('Library: merge', fc.property(fc.array(validDossier, { maxLength: 5 }), (dossiers) => {
      const loaded = dossiers.map((dossier, i) => ({ source: `file:///d${i}.dossier.yaml`, dossier }));
      const library = new Library(loaded);
      for (const entry of loaded) {
        for (const actor of entry.dossier.actors) assert.ok(library.actorOf(entry, actor.id), `actor ${actor.id} of ${entry.source} is in the library`);
      }
      assert.strictEqual(library.quotes.length, dossiers.reduce((n, d) => n + d.quotes.length, 0));
      assert.strictEqual(library.events.length, dossiers.reduce((n, d) => n + d.events.length, 0));
      assert.strictEqual(new Set(library.actors.map((a) => a.key)).size, library.actors.length, 'actor keys are unique');
    }), 100);
  });
});
