// The development set (test/fixtures/devset/<outlet>/<id>.txt + .gold.yaml):
// loading, extracting and labelling each article once, folds stratified by
// outlet, and fitting the confidence model on a set of articles. Shared by
// `npm run score` (held-out figures) and `npm run fit` (confidence.json).
import * as fs from 'fs';
import * as path from 'path';
import { extractDossier, Extraction } from '../../src/core/extract';
import { ConfidenceModel, fitCalibrated, Sample } from '../../src/core/extract/confidence';
import { parseGold, scoreExtraction, Scores } from '../../src/core/extract/score';
import { seededRandom } from '../../bench/corpus';

export const root = path.resolve(__dirname, '../../..');
export const devsetDir = path.join(root, 'test/fixtures/devset');

export interface ScoredArticle {
  outlet: string;
  id: string;
  extraction: Extraction;
  scores: Scores;
}

/** Every complete pair (text and gold) of the development set, in a stable order. */
export function loadDevset(dir = devsetDir): ScoredArticle[] {
  if (!fs.existsSync(dir)) return [];
  const articles: ScoredArticle[] = [];
  for (const outlet of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, outlet);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const file of fs.readdirSync(folder).sort()) {
      if (!file.endsWith('.gold.yaml')) continue;
      const id = file.slice(0, -'.gold.yaml'.length);
      const textPath = path.join(folder, `${id}.txt`);
      if (!fs.existsSync(textPath)) continue;
      articles.push(scoreArticle(outlet, id, fs.readFileSync(textPath, 'utf8'), fs.readFileSync(path.join(folder, file), 'utf8')));
    }
  }
  return articles;
}

export function scoreArticle(outlet: string, id: string, text: string, goldYaml: string): ScoredArticle {
  const gold = parseGold(goldYaml);
  const value: unknown = gold.article?.published;
  const published = value ? (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)) : undefined;
  const extraction = extractDossier(text, { published });
  return { outlet, id, extraction, scores: scoreExtraction(extraction, text, gold) };
}

/**
 * Folds stratified by outlet: each outlet's articles, in an order shuffled by
 * a fixed seed, dealt round the folds in turn (continuing where the last
 * outlet stopped), so every fold holds a share of every outlet.
 */
export function assignFolds(articles: readonly ScoredArticle[], folds = 5, seed = 18): number[] {
  const random = seededRandom(seed);
  const assignment = new Array<number>(articles.length).fill(0);
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort();
  let next = 0;
  for (const outlet of outlets) {
    const members = articles.map((a, i) => (a.outlet === outlet ? i : -1)).filter((i) => i >= 0);
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    for (const member of members) assignment[member] = next++ % folds;
  }
  return assignment;
}

/** The confidence model fitted on these articles (their labelled items). */
export function fitModel(articles: readonly ScoredArticle[]): ConfidenceModel {
  const groups = (pick: (a: ScoredArticle) => Sample[]) => articles.map(pick);
  return {
    quote: fitCalibrated(groups((a) => samples(a.extraction.features.quotes, a.scores.labels.quotes))),
    actor: fitCalibrated(groups((a) => samples(a.extraction.features.actors, a.scores.labels.actors))),
    event: fitCalibrated(groups((a) => samples(a.extraction.features.events, a.scores.labels.events))),
  };
}

function samples(features: readonly Record<string, number>[], labels: readonly (boolean | undefined)[]): Sample[] {
  const result: Sample[] = [];
  labels.forEach((right, i) => { if (right !== undefined) result.push({ features: features[i] ?? {}, right }); });
  return result;
}

