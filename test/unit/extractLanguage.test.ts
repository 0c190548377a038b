// The engine reads an article with its language's module: the word lists and
// patterns of English live in one place (src/core/extract/language/en.ts).
import * as assert from 'assert';
import { extractDossier } from '../../src/core/extract';
import { languageFor, supportedLanguages } from '../../src/core/extract/language';

describe('extraction language modules', () => {
  it('finds the English module by any English tag, and none for a language without one', () => {
    const english = languageFor('en');
    assert.ok(english);
    assert.strictEqual(english.name, 'English');
    assert.strictEqual(languageFor('en-GB'), english);
    assert.strictEqual(languageFor('EN_us'), english);
    assert.ok(supportedLanguages().includes('en'));
    assert.strictEqual(languageFor('xx'), undefined);
  });

  it('builds a module once and hands the same tables out after', () => {
    assert.strictEqual(languageFor('en')!.speechVerbs, languageFor('en')!.speechVerbs);
  });

  it('reads with the English lists: speech verbs, titles and month names come from the module', () => {
    const english = languageFor('en')!;
    assert.ok(english.speechVerbs.has('said') && english.titles.has('mayor') && english.personPronouns.has('she'));
    const text = 'Mayor Ann Ruiz said on March 3, 2021: "We open the bridge today and everyone can cross it."';
    const { dossier } = extractDossier(text, { language: 'en-GB' });
    assert.strictEqual(dossier.quotes.length, 1);
    assert.strictEqual(dossier.actors.find((a) => a.id === dossier.quotes[0].speaker)?.name, 'Ann Ruiz');
    assert.ok(dossier.events.some((e) => e.date === '2021-03-03'));
  });
});
