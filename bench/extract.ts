// extract.wordsPerSec: the extraction engine (quotes, speakers, actors, dates,
// events) over every corpus article, against compromise finding only people,
// places and organisations (`nlp(text).people()` etc.) on the same articles in
// the same run. Both are warmed up first; the median of several passes counts.
// extract.corpusMs: one pass of the engine over the whole corpus.
// extract.longestStepMs: the longest single step of the paced engine on a 5 MB
// article (the sample repeated) — how long "Create Dossier" can hold the
// extension host at once (target ~50 ms); extract.largeArticleMs: its total time.
import { extractDossier, extractSteps } from '../src/core/extract';
import { loadCorpus, repoPath } from './corpus';
import * as fs from 'fs';
import { Figures, medianMs } from './figures';

type Nlp = (text: string) => { people(): Outable; places(): Outable; organizations(): Outable };
interface Outable { out(format: 'array'): string[] }

export async function run(): Promise<Figures> {
  const articles = loadCorpus();
  const words = articles.reduce((sum, a) => sum + a.text.split(/\s+/).filter(Boolean).length, 0);

  const engine = () => { for (const a of articles) extractDossier(a.text, { published: a.date }); };
  engine();
  const engineMs = medianMs(5, engine);

  const loaded = await import('compromise');
  const nlp = ((loaded as { default?: Nlp }).default ?? loaded) as unknown as Nlp;
  // The same articles for both, so words/s compare like with like (about 6 s a pass for compromise).
  const baseline = () => {
    for (const a of articles) {
      const doc = nlp(a.text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  };
  baseline();
  const baselineMs = medianMs(3, baseline);

  const sampleArticle = fs.readFileSync(repoPath('data', 'article.txt'), 'utf8');
  const large = Array(Math.ceil((5 * 1024 * 1024) / sampleArticle.length)).fill(sampleArticle).join('\n\n');
  let longestStepMs = 0;
  const largeStarted = performance.now();
  const steps = extractSteps(large, { published: '2022-08-09' });
  for (;;) {
    const stepStarted = performance.now();
    const step = steps.next();
    longestStepMs = Math.max(longestStepMs, performance.now() - stepStarted);
    if (step.done) break;
  }
  const largeArticleMs = performance.now() - largeStarted;

  console.log(`  extract: ${articles.length} articles, ${words} words in ${Math.round(engineMs)} ms; compromise: the same in ${Math.round(baselineMs)} ms`);
  return {
    'extract.wordsPerSec': {
      value: words / (engineMs / 1000),
      unit: 'words/s',
      baseline: words / (baselineMs / 1000),
      baselineLabel: 'compromise people/places/organizations',
      better: 'higher',
      target: '≥ 30× compromise',
    },
    'extract.corpusMs': { value: engineMs, unit: 'ms', better: 'lower' },
    'extract.longestStepMs': { value: longestStepMs, unit: 'ms', better: 'lower', target: '≤ ~50 ms (5 MB article)' },
    'extract.largeArticleMs': { value: largeArticleMs, unit: 'ms', better: 'lower' },
  };
}
