// The library: actors merged across dossiers, quotes and events in order, names found.
import * as assert from 'assert';
import { Library, LoadedDossier } from '../../src/core/library';
import { Dossier } from '../../src/core/model';
import { loadSample, sampleLibrary } from './helpers';

function dossierWith(articleId: string, actors: Dossier['actors'], quotes: Dossier['quotes'] = []): LoadedDossier {
  return { source: `file:///${articleId}.dossier.yaml`, dossier: { sourcebook: 1, article: { id: articleId }, actors, events: [], quotes } };
}

describe('Library', () => {
  it('holds the sample: 15 actors, 9 quotes, 7 events in timeline order', () => {
    const library = sampleLibrary();
    assert.strictEqual(library.actors.length, 15);
    assert.strictEqual(library.quotes.length, 9);
    assert.deepStrictEqual(library.events.map((e) => e.event.date), ['2019', '2021-03', '2021-10', '2022', '2022-08-07', '2022-08-09', '2022-08-09']);
    assert.ok(library.onlySample);
  });

  it('merges the same actor across articles by id or folded name, with quotes from both', () => {
    const petro = { id: 'petro', kind: 'person' as const, name: 'Gustavo Petro', aliases: ['Petro'] };
    const other = dossierWith('other-article', [{ ...petro, id: 'gustavo-petro', name: 'gustavo petro', aliases: ['Mr Petro'] }], [
      { id: 'q', kind: 'speech', speaker: 'gustavo-petro', text: 'Other words' },
    ]);
    const library = new Library([loadSample(), other]);
    const merged = library.actors.filter((a) => a.name.toLowerCase() === 'gustavo petro');
    assert.strictEqual(merged.length, 1);
    assert.strictEqual(merged[0].name, 'Gustavo Petro', 'the first dossier spells the name');
    assert.strictEqual(merged[0].appearances.length, 2);
    assert.deepStrictEqual(library.quotesBy(merged[0]).map((q) => q.dossier.dossier.article.id), [
      'caracas-bogota-2022', 'caracas-bogota-2022', 'caracas-bogota-2022', 'other-article',
    ]);
  });

  it('keeps two actors that share an id but not a name apart, with a warning', () => {
    const a = dossierWith('a', [{ id: 'lopez', kind: 'person', name: 'Ana López', aliases: [] }]);
    const b = dossierWith('b', [{ id: 'lopez', kind: 'person', name: 'Carlos López', aliases: [] }]);
    const library = new Library([a, b]);
    assert.deepStrictEqual(library.actors.map((x) => x.key), ['lopez', 'lopez@b']);
    assert.strictEqual(library.warnings.length, 1);
    assert.match(library.warnings[0].message, /"Carlos López" here but "Ana López"/);
  });

  it('finds names in any text, accents and case folded; a shared surname names both', () => {
    const a = dossierWith('a', [
      { id: 'ana', kind: 'person', name: 'Ana López', aliases: [] },
      { id: 'carlos', kind: 'person', name: 'Carlos López', aliases: [] },
    ]);
    const library = new Library([loadSample(), a]);
    const text = 'padrino lopez spoke; then Lopez answered.';
    const matches = library.names.findAll(text).map((m) => [text.slice(m.start, m.end), m.targets.map((t) => t.name)]);
    assert.deepStrictEqual(matches, [
      ['padrino lopez', ['Vladimir Padrino López']],
      ['Lopez', ['Vladimir Padrino López', 'Ana López', 'Carlos López']],
    ]);
  });

  it('counts mentions of an actor in its article and finds quote passages', () => {
    const library = sampleLibrary();
    const petro = library.actorByKey('petro')!;
    assert.strictEqual(library.mentionCount(petro), 5);
    const quote = library.findQuote('petro-no-ambassadors')!;
    const passage = library.quotePassage(quote)!;
    assert.strictEqual(quote.dossier.articleText!.slice(passage.start, passage.end), quote.quote.text);
  });
});
