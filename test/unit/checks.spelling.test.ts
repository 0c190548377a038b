// Name spelling: near misses of the sample's names get the dossier's spelling;
// correct names and ordinary words get nothing.
import * as assert from 'assert';
import { checkDraft } from '../../src/core/checks/checkDraft';
import { boundedEditDistance } from '../../src/core/checks/editDistance';
import { SpellingFinding } from '../../src/core/checks/nameSpelling';
import { sampleLibrary } from './helpers';

describe('name spelling', () => {
  const library = sampleLibrary();
  const check = (draft: string, accents = false) =>
    checkDraft(draft, library, { quotes: false, spelling: true, accents }) as SpellingFinding[];
  const fixes = (draft: string, accents = false) =>
    check(draft, accents).map((f) => [f.kind, draft.slice(f.start, f.end), f.spelling, f.actor.name]);

  const misspelt: Array<[string, string, string, string]> = [
    ['The order came from Padrino Lopes on Tuesday.', 'Padrino Lopes', 'Padrino López', 'Vladimir Padrino López'],
    ['Gustav Petro took office on Sunday.', 'Gustav Petro', 'Gustavo Petro', 'Gustavo Petro'],
    ['Colombia had recognised Guiadó as interim president.', 'Guiadó', 'Guaidó', 'Juan Guaidó'],
    ['The minister answers to Nicolas Madura.', 'Nicolas Madura', 'Nicolás Maduro', 'Nicolás Maduro'],
    ['General Vladimir Padrimo López said so.', 'General Vladimir Padrimo López', 'General Vladimir Padrino López', 'Vladimir Padrino López'],
    ["Ivan Duqeu's government broke off ties.", 'Ivan Duqeu', 'Iván Duque', 'Iván Duque'],
  ];
  for (const [draft, written, spelling, actor] of misspelt) {
    it(`offers "${spelling}" for "${written}"`, () => assert.deepStrictEqual(fixes(draft), [['misspelling', written, spelling, actor]]));
  }

  it('leaves names spelt as the dossier spells them, or as its aliases do, alone', () => {
    assert.deepStrictEqual(fixes("Vladimir Padrino López met Gustavo Petro's envoy; Padrino Lopez, Mr. Petro, Juan Guaido and Ivan Duque were named."), []);
    assert.strictEqual(fixes("Vladimir Padrino Lopes met Gustavo Petro's envoy.").length, 1, 'one letter off is reported');
  });

  it('leaves ordinary words, short names one letter away, and words in lower case alone', () => {
    // A six-letter surname one letter from Maduro ("Madero") is reported: the library cannot tell it from a typo.
    const draft = 'Pedro took the Metro to see Petra. Lopes wrote about Columbia, Duke and Padrone; the guiadó tour.';
    assert.deepStrictEqual(fixes(draft), []);
  });

  it('reports a near miss only in a draft that names someone or something of the same article', () => {
    assert.deepStrictEqual(fixes('Guiadó arrived late.'), []);
    assert.deepStrictEqual(fixes('Guiadó arrived late in Caracas.').map((f) => f[2]), ['Guaidó']);
  });

  it('reports a dropped accent only when accents are asked for', () => {
    const draft = 'Nicolas Maduro and Padrino Lopez spoke in Bogota.';
    assert.deepStrictEqual(fixes(draft), []);
    assert.deepStrictEqual(fixes(draft, true), [
      ['accent', 'Nicolas Maduro', 'Nicolás Maduro', 'Nicolás Maduro'],
      ['accent', 'Padrino Lopez', 'Padrino López', 'Vladimir Padrino López'],
      ['accent', 'Bogota', 'Bogotá', 'Colombia'],
    ]);
  });

  it('reports a misspelling once, not again as a missing accent', () => {
    assert.deepStrictEqual(fixes('Padrino Lopes spoke.', true).map((f) => f[0]), ['misspelling']);
  });

  describe('edit distance', () => {
    it('counts a transposition as one edit and stops at the bound', () => {
      assert.strictEqual(boundedEditDistance('guiado', 'guaido', 1), 1);
      assert.strictEqual(boundedEditDistance('lopes', 'lopez', 1), 1);
      assert.strictEqual(boundedEditDistance('gustav', 'gustavo', 1), 1);
      assert.strictEqual(boundedEditDistance('petro', 'petro', 1), 0);
      assert.strictEqual(boundedEditDistance('duke', 'duque', 1), 2);
      assert.strictEqual(boundedEditDistance('kitten', 'sitting', 5), 3);
    });
  });
});
