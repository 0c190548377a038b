// `npm run score [-- ARTICLE GOLD]`: scores the extraction engine against a
// hand annotation (by default the bundled sample and test/fixtures/gold.yaml),
// prints the figures and exits 1 when a target is missed. The rules are
// written down in src/core/extract/score.ts.
import * as fs from 'fs';
import * as path from 'path';
import { extractDossier } from '../../src/core/extract';
import { missedTargets, parseGold, scoreExtraction, TARGETS } from '../../src/core/extract/score';

const root = path.resolve(__dirname, '../../..');
const [articlePath = path.join(root, 'data/article.txt'), goldPath = path.join(root, 'test/fixtures/gold.yaml')] = process.argv.slice(2);

const text = fs.readFileSync(articlePath, 'utf8');
const gold = parseGold(fs.readFileSync(goldPath, 'utf8'));
const published = gold.article?.published ? String(gold.article.published) : undefined;
const scores = scoreExtraction(extractDossier(text, { published }), text, gold);

console.log(`Extraction scored on ${path.relative(process.cwd(), articlePath)} against ${path.relative(process.cwd(), goldPath)}`);
const row = (label: string, value: number, target?: number) => console.log(`  ${label.padEnd(18)} ${value.toFixed(3)}${target === undefined ? '' : `  (target ≥ ${target})`}`);
row('actor recall', scores.actorRecall);
row('actor precision', scores.actorPrecision);
row('actor F1', scores.actorF1, TARGETS.actorF1);
row('quote recall', scores.quoteRecall, TARGETS.quoteRecall);
row('speaker accuracy', scores.speakerAccuracy, TARGETS.speakerAccuracy);
row('date recall', scores.dateRecall, TARGETS.dateRecall);
row('date precision', scores.datePrecision);
for (const note of scores.notes) console.log(`  - ${note}`);
const missed = missedTargets(scores);
if (missed.length) console.log(`Below target: ${missed.join('; ')}`);
process.exitCode = missed.length ? 1 : 0;
