// `npm run fit`: fits the confidence model (src/core/extract/confidence.ts) on
// the whole development set and writes src/core/extract/confidence.json, the
// weights extraction uses by default. `npm run score` reports the same
// fitting held out (each fold fitted without it), which is the figure to trust.
import * as fs from 'fs';
import * as path from 'path';
import { fitModel, loadDevset, root } from './devset';

const devset = loadDevset();
if (devset.length === 0) {
  console.error('No development set articles in test/fixtures/devset: nothing to fit.');
  process.exit(1);
}
const model = fitModel(devset);
const target = path.join(root, 'src/core/extract/confidence.json');
fs.writeFileSync(target, `${JSON.stringify(model, null, 1)}\n`);
const count = (k: 'quotes' | 'actors' | 'events') => devset.reduce((n, a) => n + a.scores.labels[k].filter((l) => l !== undefined).length, 0);
console.log(`Fitted on ${devset.length} articles (${count('quotes')} labelled quotes, ${count('actors')} actors, ${count('events')} dated events): ${path.relative(process.cwd(), target)}`);
