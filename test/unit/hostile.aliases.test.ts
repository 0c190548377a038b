// Aliases that would match everywhere, and the messages about limits: each
// refused at its position, each message saying what is true.
import * as assert from 'assert';
import fc from 'fast-check';
import { aliasProblem } from '../../src/core/dossier/aliasRules';
import { parseDossier } from '../../src/core/dossier/parse';
import { sizeLimitMessage } from '../../src/core/dossier/problems';
import { mentionSearchPattern } from '../../src/core/views/viewText';
import { holds } from '../fuzz/budget';

const withAliases = (aliases: string) => `sourcebook: 1\narticle: {id: a}\nactors:\n  - id: p\n    kind: person\n    name: Pat Doe\n    aliases: ${aliases}\nevents: []\nquotes: []\n`;

describe('hostile aliases and limit messages', () => {
  for (const [alias, why] of [['""', /empty or blank/], ['"   "', /empty or blank/], ['X', /single letter/], ['the', /common word/], ['The', /common word/], ['A', /single letter/], ['"\\u0301\\u0302"', /no letter or digit/], ['"--"', /no letter or digit/]] as const) {
    it(`refuses the alias ${alias} at its position`, () => {
      const text = withAliases(`[Doe, ${alias}]`);
      const result = parseDossier(text);
      assert.strictEqual(result.dossier, undefined);
      assert.strictEqual(result.problems.length, 1, JSON.stringify(result.problems));
      assert.match(result.problems[0].message, why);
      assert.strictEqual(result.problems[0].line, 7);
      assert.strictEqual(result.problems[0].column, text.split('\n')[6].indexOf(alias) + 1);
    });
  }

  it('keeps ordinary aliases, short ones with two letters included', () => {
    assert.deepStrictEqual(parseDossier(withAliases('[Doe, Mr. Doe, PD, "Doe\'s", Petró, WHO]')).problems, []);
  });

  it('every alias the rules accept gives the mention search a non-empty branch', () => {
    holds('aliases: accepted ones are searchable', fc.property(fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'B', ' ', '\u0301', '-', 'é', '1', '.', '\t') }), (alias) => {
      if (aliasProblem(alias) !== undefined) return;
      const pattern = mentionSearchPattern({ kind: 'person', name: 'Pat Doe', aliases: [alias] });
      assert.ok(!pattern.split('|').some((branch) => branch === ''), `empty branch for ${JSON.stringify(alias)}: ${pattern}`);
      assert.ok(new RegExp(pattern, 'u').test(alias.trim().replace(/\s+/g, ' ')) || alias.trim() === '', `${JSON.stringify(alias)} is found by ${pattern}`);
    }), 2000);
  });

  it('reads exactly 100 alias uses and refuses 101, saying "over 100"', () => {
    const uses = (n: number) => `sourcebook: 1\narticle: {id: a, title: &t Title}\nactors:\n${Array.from({ length: n }, (_, i) => `  - {id: p${i}, kind: person, name: *t}\n`).join('')}events: []\nquotes: []\n`;
    assert.deepStrictEqual(parseDossier(uses(100)).problems, []);
    assert.match(parseDossier(uses(101)).problems[0].message, /over 100 alias uses/);
  });

  it('says sizes in bytes when they would round to the limit', () => {
    assert.strictEqual(sizeLimitMessage(5 * 1024 * 1024 + 1, 5 * 1024 * 1024), 'This dossier is 5,242,881 bytes, 1 byte over the size limit of 5.0 MB (setting sourcebook.maxDossierSizeMB); it was not read.');
    assert.strictEqual(sizeLimitMessage(6 * 1024 * 1024, 5 * 1024 * 1024), 'This dossier is 6.0 MB, over the size limit of 5.0 MB (setting sourcebook.maxDossierSizeMB); it was not read.');
  });
});
