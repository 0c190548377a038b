// The scorer: the engine meets its targets on the bundled sample, and the
// scoring rules count what they say they count.
import * as assert from 'assert';
import { extractDossier } from '../../src/core/extract';
import { missedTargets, parseGold, scoreExtraction } from '../../src/core/extract/score';
import { readRepoFile } from './helpers';

describe('extract: score against the gold annotation', () => {
  const text = readRepoFile('data', 'article.txt');
  const gold = parseGold(readRepoFile('test', 'fixtures', 'gold.yaml'));

  it('meets every target on the sample article (what `npm run score` prints)', () => {
    const scores = scoreExtraction(extractDossier(text, { published: '2022-08-09' }), text, gold);
    assert.deepStrictEqual(missedTargets(scores), [], scores.notes.join('\n'));
  });

  it('counts an unclustered duplicate actor as wrong', () => {
    const extraction = extractDossier(text, { published: '2022-08-09' });
    const petro = extraction.dossier.actors.find((a) => a.name === 'Gustavo Petro')!;
    extraction.dossier.actors.push({ id: 'mr-petro', kind: 'person', name: 'Mr. Petro', aliases: [] });
    const scores = scoreExtraction(extraction, text, gold);
    assert.ok(petro);
    assert.strictEqual(scores.actorRecall, 1);
    assert.ok(scores.actorPrecision < 1);
    assert.ok(scores.notes.includes('actor wrong or duplicate: Mr. Petro (person)'));
  });

  it('counts a quote as found only with its exact words, and a speaker only when it is the right actor', () => {
    const extraction = extractDossier(text, { published: '2022-08-09' });
    const first = extraction.quotes[1];
    first.text = first.text.replace('instructions', 'instruction');
    first.parts = [];
    extraction.quotes[2].speaker = extraction.dossier.actors.find((a) => a.name === 'Nicolas Maduro')!.id;
    const scores = scoreExtraction(extraction, text, gold);
    assert.ok(scores.quoteRecall < 1);
    assert.ok(scores.speakerAccuracy < 1);
  });

  it('needs the publication date to resolve "on Tuesday" and "last Sunday": without it, recall drops', () => {
    const scores = scoreExtraction(extractDossier(text), text, gold);
    assert.ok(scores.dateRecall < 0.85);
  });
});
