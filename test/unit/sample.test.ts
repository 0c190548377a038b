// The bundled sample against the hand annotation (gold.yaml): every actor with
// its forms, every quote with its speaker and kind, every event with its date.
import * as assert from 'assert';
import { parse } from 'yaml';
import { nameKey } from '../../src/core/fold';
import { checkAgainstArticle } from '../../src/core/dossier/checkArticle';
import { parseDossier } from '../../src/core/dossier/parse';
import { readRepoFile } from './helpers';

interface GoldActor { id: string; kind: string; name: string; mentions?: string[]; also?: string[] }
interface GoldQuote { speaker?: string; kind: string; text: string }
interface GoldEvent { id: string; date: string | number }

describe('the bundled sample dossier', () => {
  const gold = parse(readRepoFile('test', 'fixtures', 'gold.yaml'));
  const article = readRepoFile('data', 'article.txt');
  const dossierText = readRepoFile('data', 'dossier.yaml');
  const parsed = parseDossier(dossierText);
  const dossier = parsed.dossier!;

  it('parses without problems and its quotes and passages are in the article', () => {
    assert.deepStrictEqual(parsed.problems, []);
    assert.deepStrictEqual(checkAgainstArticle(dossierText, parsed, dossier, article), []);
  });

  it('uses the article verbatim', () => {
    assert.ok(article.startsWith('(Caracas) Caracas has taken steps'));
    assert.ok(article.endsWith('millions of dollars in contraband goods pass.'));
  });

  it('leaves out what the text does not print, and marks the inferred date', () => {
    assert.strictEqual(dossier.article.published, '2022-08-09');
    assert.strictEqual(dossier.article.published_inferred, true);
    assert.strictEqual(dossier.article.outlet, undefined);
    assert.strictEqual(dossier.article.dateline, 'Caracas');
  });

  for (const goldActor of gold.actors as GoldActor[]) {
    it(`has actor ${goldActor.id} (${goldActor.name}) with every form the text and writers use`, () => {
      const actor = dossier.actors.find((a) => a.id === goldActor.id);
      assert.ok(actor, `actor ${goldActor.id} missing`);
      assert.strictEqual(actor.name, goldActor.name);
      assert.strictEqual(actor.kind, goldActor.kind);
      const forms = new Set([actor.name, ...actor.aliases].map(nameKey));
      for (const form of [...(goldActor.mentions ?? []), ...(goldActor.also ?? [])]) {
        assert.ok(forms.has(nameKey(form)), `"${form}" is not a form of ${goldActor.id}`);
      }
    });
  }

  for (const goldQuote of gold.quotes as GoldQuote[]) {
    it(`has the ${goldQuote.kind} quote "${goldQuote.text.slice(0, 40)}…" by ${goldQuote.speaker ?? 'nobody'}`, () => {
      const quote = dossier.quotes.find((q) => q.text === goldQuote.text);
      assert.ok(quote, 'quote missing or its words differ');
      assert.strictEqual(quote.kind, goldQuote.kind);
      assert.strictEqual(quote.speaker, goldQuote.speaker ?? null);
      assert.ok(article.includes(quote.text), 'quote not verbatim in the article');
    });
  }

  it('has exactly the gold quotes', () => {
    assert.strictEqual(dossier.quotes.length, gold.quotes.length);
  });

  for (const goldEvent of gold.events as GoldEvent[]) {
    it(`has event ${goldEvent.id} dated ${goldEvent.date}`, () => {
      const event = dossier.events.find((e) => e.id === goldEvent.id);
      assert.ok(event, `event ${goldEvent.id} missing`);
      assert.strictEqual(event.date, String(goldEvent.date));
    });
  }
});
