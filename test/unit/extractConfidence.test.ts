// The confidence model: fitting separates what the features separate, the
// calibration never promises more than the held-out share, folds keep every
// outlet in every fold.
import * as assert from 'assert';
import { fitBins, fitLogistic, predict, Sample } from '../../src/core/extract/confidence';
import { assignFolds, ScoredArticle } from '../score/devset';

describe('extract: confidence model', () => {
  it('fits weights that rank a feature seen right above one seen wrong', () => {
    const samples: Sample[] = [];
    for (let i = 0; i < 40; i++) samples.push({ features: { named: 1 }, right: i % 10 !== 0 }, { features: { none: 1 }, right: i % 10 === 0 });
    const model = fitLogistic(samples);
    assert.ok(predict(model, { named: 1 }) > 0.75, String(predict(model, { named: 1 })));
    assert.ok(predict(model, { none: 1 }) < 0.25, String(predict(model, { none: 1 })));
  });

  it('calibrates into bins that rise with the score and shrink a small perfect bin toward the base rate', () => {
    const pairs = [...Array(30)].map((_, i) => ({ raw: i / 30, right: i > 10 })).concat([{ raw: 0.99, right: true }]);
    const bins = fitBins(pairs);
    for (let i = 1; i < bins.length; i++) assert.ok(bins[i].p >= bins[i - 1].p && bins[i].upTo > bins[i - 1].upTo);
    assert.strictEqual(bins[bins.length - 1].upTo, 1);
    assert.ok(bins[bins.length - 1].p < 1);
  });

  it('deals every outlet round the folds, the same way on every run', () => {
    const articles = ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b'].map((outlet, i) => ({ outlet, id: String(i) }) as ScoredArticle);
    const folds = assignFolds(articles, 5);
    assert.deepStrictEqual(folds, assignFolds(articles, 5));
    for (const outlet of ['a', 'b']) assert.deepStrictEqual(new Set(folds.filter((_, i) => articles[i].outlet === outlet)).size, 5);
  });
});
