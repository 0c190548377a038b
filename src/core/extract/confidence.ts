// Confidence: how sure extraction is of each item, as a probability. Each
// quote, actor and event carries named features (how it was attributed, what
// kind of reading named it, what kind of date it has); a small logistic model
// per item type turns them into a score, and a calibration map (isotonic bins
// fitted on held-out predictions) turns the score into the share of such
// items that were right on the development set. The weights live in
// confidence.json, written by `npm run fit`; fitting is here too, pure.
import { Dossier } from '../model';
import defaults from './confidence.json';

/** Named features of one item: indicators are 1, counts are small numbers. */
export type Features = Record<string, number>;

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
  /** Calibration: the raw probability up to `upTo` means `p` (sorted by upTo, last upTo is 1). */
  bins?: { upTo: number; p: number }[];
}

export interface ConfidenceModel {
  quote: LogisticModel;
  actor: LogisticModel;
  event: LogisticModel;
}

export const DEFAULT_MODEL: ConfidenceModel = defaults as ConfidenceModel;

/** The features of each quote, actor and event of a dossier, in dossier order. */
export interface ItemFeatures {
  quotes: Features[];
  actors: Features[];
  events: Features[];
}

export function rawScore(model: LogisticModel, features: Features): number {
  let z = model.bias;
  for (const name in features) z += (model.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LogisticModel, features: Features): number {
  const raw = rawScore(model, features);
  if (!model.bins?.length) return raw;
  for (const bin of model.bins) if (raw <= bin.upTo) return bin.p;
  return model.bins[model.bins.length - 1].p;
}

/** Writes `confidence` (two decimals) on every quote, actor and event of the dossier. */
export function applyConfidence(dossier: Dossier, features: ItemFeatures, model: ConfidenceModel = DEFAULT_MODEL): void {
  const round = (p: number) => Math.round(p * 100) / 100;
  dossier.quotes.forEach((q, i) => { q.confidence = round(predict(model.quote, features.quotes[i] ?? {})); });
  dossier.actors.forEach((a, i) => { a.confidence = round(predict(model.actor, features.actors[i] ?? {})); });
  dossier.events.forEach((e, i) => { e.confidence = round(predict(model.event, features.events[i] ?? {})); });
}

export interface Sample {
  features: Features;
  right: boolean;
}

/** Logistic regression by batch gradient descent with an L2 penalty; deterministic. */
export function fitLogistic(samples: readonly Sample[], l2 = 0.05, rounds = 600, rate = 0.5): LogisticModel {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.features)))].sort();
  const weights: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const positives = samples.filter((s) => s.right).length;
  let bias = samples.length ? Math.log((positives + 1) / (samples.length - positives + 1)) : 0;
  const n = Math.max(1, samples.length);
  for (let round = 0; round < rounds; round++) {
    const gradient: Record<string, number> = {};
    let gradientBias = 0;
    for (const s of samples) {
      const error = rawScore({ bias, weights }, s.features) - (s.right ? 1 : 0);
      gradientBias += error;
      for (const name in s.features) gradient[name] = (gradient[name] ?? 0) + error * s.features[name];
    }
    bias -= (rate * gradientBias) / n;
    for (const name of names) weights[name] -= rate * ((gradient[name] ?? 0) / n + l2 * weights[name]);
  }
  for (const name of names) weights[name] = Math.round(weights[name] * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/**
 * Isotonic calibration (pool adjacent violators) of raw scores against what
 * was right; each bin's p is smoothed toward the overall rate with a weak
 * prior, so a bin of three lucky items does not promise 100 %.
 */
export function fitBins(pairs: readonly { raw: number; right: boolean }[], prior = 2): { upTo: number; p: number }[] {
  if (pairs.length === 0) return [];
  const sorted = [...pairs].sort((a, b) => a.raw - b.raw);
  const base = sorted.filter((s) => s.right).length / sorted.length;
  const blocks: { upTo: number; sum: number; count: number }[] = [];
  for (const s of sorted) {
    blocks.push({ upTo: s.raw, sum: s.right ? 1 : 0, count: 1 });
    while (blocks.length > 1) {
      const [a, b] = blocks.slice(-2);
      if (a.sum / a.count < b.sum / b.count) break;
      blocks.splice(-2, 2, { upTo: b.upTo, sum: a.sum + b.sum, count: a.count + b.count });
    }
  }
  const bins = blocks.map((b) => ({ upTo: Math.round(b.upTo * 10000) / 10000, p: Math.round(((b.sum + prior * base) / (b.count + prior)) * 1000) / 1000 }));
  bins[bins.length - 1].upTo = 1;
  return bins;
}

/** Fits a model and its calibration: the bins come from out-of-fold scores of `inner` folds. */
export function fitCalibrated(groups: readonly Sample[][], inner = 4): LogisticModel {
  const all = groups.flat();
  const model = fitLogistic(all);
  const pairs: { raw: number; right: boolean }[] = [];
  for (let fold = 0; fold < inner; fold++) {
    const train = groups.filter((_, i) => i % inner !== fold).flat();
    const test = groups.filter((_, i) => i % inner === fold).flat();
    if (!train.length || !test.length) continue;
    const foldModel = fitLogistic(train);
    for (const s of test) pairs.push({ raw: rawScore(foldModel, s.features), right: s.right });
  }
  return { ...model, bins: fitBins(pairs) };
}
