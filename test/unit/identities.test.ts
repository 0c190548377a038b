// Identity judgements: the identities file read and written, and the library's
// merge honouring it ("not the same" keeps apart, "same" joins).
import * as assert from 'assert';
import { parseIdentities, recordJudgement } from '../../src/core/identities';
import { applyEdits } from '../../src/core/dossier/edits';
import { Library, LoadedDossier } from '../../src/core/library';
import { Dossier } from '../../src/core/model';

function dossierWith(articleId: string, actors: Dossier['actors']): LoadedDossier {
  return { source: `file:///${articleId}.dossier.yaml`, dossier: { sourcebook: 1, article: { id: articleId }, actors, events: [], quotes: [] } };
}

const ANA_A = dossierWith('a', [{ id: 'lopez', kind: 'person', name: 'Ana López', aliases: [] }]);
const ANA_B = dossierWith('b', [{ id: 'ana', kind: 'person', name: 'Ana Lopez', aliases: ['Ms López'] }]);
const PETRO_C = dossierWith('c', [{ id: 'petro', kind: 'person', name: 'Gustavo Petro', aliases: [] }]);
const PETRO_D = dossierWith('d', [{ id: 'gp', kind: 'person', name: 'G. F. Petro Urrego', aliases: [] }]);

describe('identity judgements', () => {
  it('reads judgements and reports problems at their lines', () => {
    const text = 'sourcebook-identities: 1\njudgements:\n  - actors: [a/lopez, b/ana]\n    same: false\n  - actors: [a/lopez]\n    same: true\n  - actors: [c/x, d/y]\n    same: maybe\n';
    const parsed = parseIdentities(text);
    assert.deepStrictEqual(parsed.judgements, [{ actors: ['a/lopez', 'b/ana'], same: false }]);
    assert.deepStrictEqual(parsed.problems.map((p) => [p.line, p.severity]), [[5, 'error'], [8, 'error']]);
    assert.match(parsed.problems[0].message, /two actors/);
    assert.deepStrictEqual(parseIdentities('').problems, []);
    assert.match(parseIdentities('judgements: []\n').problems[0].message, /sourcebook-identities: 1/);
  });

  it('records a judgement: creates the file, appends, or flips one in place', () => {
    const created = applyEdits('', recordJudgement('', ['a/lopez', 'b/ana'], false));
    assert.deepStrictEqual(parseIdentities(created), { judgements: [{ actors: ['a/lopez', 'b/ana'], same: false }], problems: [] });
    const withComment = created.replace('judgements:\n', 'judgements:\n  # checked with the newsroom\n');
    const appended = applyEdits(withComment, recordJudgement(withComment, ['c/petro', 'd/gp'], true));
    assert.strictEqual(appended, `${withComment}  - actors: [c/petro, d/gp]\n    same: true\n`);
    const flipped = applyEdits(appended, recordJudgement(appended, ['b/ana', 'a/lopez'], true));
    assert.strictEqual(flipped, appended.replace('same: false', 'same: true'));
  });

  it('"not the same" keeps two actors with one folded name apart; without it they merge', () => {
    assert.strictEqual(new Library([ANA_A, ANA_B]).actors.length, 1);
    const library = new Library([ANA_A, ANA_B], [{ actors: ['b/ana', 'a/lopez'], same: false }]);
    assert.deepStrictEqual(library.actors.map((a) => [a.key, a.name]), [['lopez', 'Ana López'], ['ana', 'Ana Lopez']]);
    assert.strictEqual(library.warnings.length, 0);
    assert.deepStrictEqual(library.names.findAll('Ana López said').flatMap((m) => m.targets.map((t) => t.key)).sort(), ['ana', 'lopez']);
  });

  it('"same" joins two differently named actors, and the other name finds the joined actor', () => {
    assert.strictEqual(new Library([PETRO_C, PETRO_D]).actors.length, 2);
    const library = new Library([PETRO_C, PETRO_D], [{ actors: ['c/petro', 'd/gp'], same: true }]);
    assert.strictEqual(library.actors.length, 1);
    const [petro] = library.actors;
    assert.strictEqual(petro.appearances.length, 2);
    assert.ok(petro.aliases.includes('G. F. Petro Urrego'));
    assert.strictEqual(library.actorOf(PETRO_D, 'gp'), petro);
    assert.deepStrictEqual(library.names.findAll('G. F. Petro Urrego spoke').map((m) => m.targets), [[petro]]);
  });

  it('a later judgement of the same pair wins', () => {
    const library = new Library([ANA_A, ANA_B], [{ actors: ['a/lopez', 'b/ana'], same: false }, { actors: ['b/ana', 'a/lopez'], same: true }]);
    assert.strictEqual(library.actors.length, 1);
  });
});
