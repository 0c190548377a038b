// extract.wordsPerSec: the extraction engine (quotes, speakers, actors, dates,
// events) over every corpus article, against compromise finding only people,
// places and organisations (`nlp(text).people()` etc.) on the same articles in
// the same run. Both are warmed up first; the median of several passes counts.
// extract.corpusMs: one pass of the engine over the whole corpus.
import { extractDossier } from '../src/core/extract';
import { loadCorpus } from './corpus';
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
  // compromise is slow: a fixed slice of the corpus keeps the run short; words/s is what is compared.
  const sample = articles.slice(0, 60);
  const sampleWords = sample.reduce((sum, a) => sum + a.text.split(/\s+/).filter(Boolean).length, 0);
  const baseline = () => {
    for (const a of sample) {
      const doc = nlp(a.text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  };
  baseline();
  const baselineMs = medianMs(3, baseline);

  console.log(`  extract: ${articles.length} articles, ${words} words in ${Math.round(engineMs)} ms; compromise: ${sample.length} articles, ${sampleWords} words in ${Math.round(baselineMs)} ms`);
  return {
    'extract.wordsPerSec': {
      value: words / (engineMs / 1000),
      unit: 'words/s',
      baseline: sampleWords / (baselineMs / 1000),
      baselineLabel: 'compromise people/places/organizations',
      better: 'higher',
      target: '≥ 30× compromise',
    },
    'extract.corpusMs': { value: engineMs, unit: 'ms', better: 'lower' },
  };
}
