// checks.msPer100KB: the writing checks (quote integrity and name spelling) on
// a 100 KB draft — news prose with quotations and names, some of them wrong —
// with the sample library and with a generated library of 1,000 dossiers
// (6,000 speech quotes, 15,000 actors). The quote part is set against
// aligning every quotation with every source quote (no index).
// checks.falsePositivesPer10kWords: the sample library over the 289 Wikinews
// articles, where every finding is a false positive; `.library1000`: the same
// with the generated library (its quotes are corpus sentences, attributed at
// random, so an exact quotation there is no finding; its names are invented).
import * as fs from 'fs';
import { checkDraft, quoteIndexOf, spellingIndexOf } from '../src/core/checks/checkDraft';
import { alignQuote } from '../src/core/checks/quoteAlignment';
import { findQuotedPassages } from '../src/core/checks/quotedPassages';
import { quoteTokens, wordCount } from '../src/core/checks/quoteTokens';
import { parseDossier } from '../src/core/dossier/parse';
import { Library, LoadedDossier } from '../src/core/library';
import { Actor, Quote } from '../src/core/model';
import { CorpusArticle, generateActors, loadCorpus, repoPath, seededRandom } from './corpus';
import { Figures, medianMs } from './figures';

const DRAFT_BYTES = 100 * 1024;
const ALL_CHECKS = { quotes: true, spelling: true, accents: true };

export function run(): Figures {
  const corpus = loadCorpus();
  const sample = sampleLibrary();
  const large = generatedLibrary(corpus, sample, 1000);
  const draft = draftOf(corpus, large);
  const scale = DRAFT_BYTES / Buffer.byteLength(draft, 'utf8');

  const buildMs = medianMs(3, () => {
    const fresh = new Library(large.dossiers);
    quoteIndexOf(fresh);
    spellingIndexOf(fresh);
  });
  checkDraft(draft, sample, ALL_CHECKS); // build the indexes outside the timing, as the extension does once per library
  checkDraft(draft, large, ALL_CHECKS);
  let findings = 0;
  const sampleMs = medianMs(7, () => { findings = checkDraft(draft, sample, ALL_CHECKS).length; });
  let largeFindings = 0;
  const largeMs = medianMs(7, () => { largeFindings = checkDraft(draft, large, ALL_CHECKS).length; });
  const quotesMs = medianMs(7, () => checkDraft(draft, large, { quotes: true, spelling: false, accents: false }));
  const allPairsMs = allPairsQuoteMs(draft, large);

  const { falsePositives, words } = corpusFalsePositives(corpus, sample);
  const largeFalsePositives = corpusFalsePositives(corpus, large).falsePositives;
  console.log(`  checks: draft ${(DRAFT_BYTES / 1024).toFixed(0)} KB, ${findQuotedPassages(draft).length} quotations; ${findings} findings with the sample, ${largeFindings} with ${large.dossiers.length} dossiers (${large.quotes.length} quotes, ${large.actors.length} actors)`);
  console.log(`  checks: corpus ${words} words, ${falsePositives.length} false positives with the sample${falsePositives.length ? `: ${falsePositives.slice(0, 5).join(' | ')}` : ''}`);
  console.log(`  checks: ${largeFalsePositives.length} with the generated library${largeFalsePositives.length ? `: ${largeFalsePositives.slice(0, 5).join(' | ')}` : ''}`);
  return {
    'checks.msPer100KB': { value: sampleMs * scale, unit: 'ms', better: 'lower', target: 'cheap enough to run after each pause in typing' },
    'checks.msPer100KB.library1000': { value: largeMs * scale, unit: 'ms', better: 'lower' },
    'checks.quotes.msPer100KB.library1000': { value: quotesMs * scale, unit: 'ms', baseline: allPairsMs * scale, baselineLabel: 'every quotation aligned with every source quote', better: 'lower' },
    'checks.indexBuildMs.library1000': { value: buildMs, unit: 'ms', better: 'lower' },
    'checks.falsePositivesPer10kWords': { value: (falsePositives.length / words) * 10_000, unit: 'per 10k words', better: 'lower', target: '< 1' },
    'checks.falsePositivesPer10kWords.library1000': { value: (largeFalsePositives.length / words) * 10_000, unit: 'per 10k words', better: 'lower' },
  };
}

export function sampleLibrary(): Library {
  const parsed = parseDossier(fs.readFileSync(repoPath('data', 'dossier.yaml'), 'utf8'));
  if (!parsed.dossier) throw new Error('the sample dossier does not parse');
  return new Library([{ source: 'sample', dossier: parsed.dossier, articleText: fs.readFileSync(repoPath('data', 'article.txt'), 'utf8'), isSample: true }]);
}

/** The sample plus `count` dossiers over corpus articles: 15 generated people each, 6 sentences of the article as their quotes. */
export function generatedLibrary(corpus: CorpusArticle[], sample: Library, count: number): Library {
  const random = seededRandom(11);
  const people = generateActors(count * 15, 3);
  const dossiers: LoadedDossier[] = [...sample.dossiers];
  for (let d = 0; d < count; d++) {
    const article = corpus[d % corpus.length];
    const actors: Actor[] = people.slice(d * 15, d * 15 + 15).map((p) => ({ id: p.id, kind: 'person', name: p.name, aliases: p.aliases, role: 'spokesperson' }));
    const sentences = article.text.split(/(?<=[.!?])\s+/).filter((s) => s.split(/\s+/).length >= 6);
    const quotes: Quote[] = [];
    for (let q = 0; q < 6 && sentences.length; q++) {
      const text = sentences[Math.floor(random() * sentences.length)];
      quotes.push({ id: `q${q}`, kind: 'speech', speaker: actors[Math.floor(random() * actors.length)].id, text });
    }
    dossiers.push({ source: `generated-${d}`, dossier: { sourcebook: 1, article: { id: `article-${d}`, title: article.title }, actors, events: [], quotes }, articleText: article.text });
  }
  return new Library(dossiers);
}

/** About 100 KB of corpus prose with, every few paragraphs, a quotation of the library (exact or with a word changed) and a misspelt name. */
export function draftOf(corpus: CorpusArticle[], library: Library): string {
  const random = seededRandom(5);
  const parts: string[] = [];
  let bytes = 0;
  for (let i = corpus.length - 1; bytes < DRAFT_BYTES; i = (i + corpus.length - 1) % corpus.length) {
    for (const paragraph of corpus[i].text.split('\n')) {
      const quote = library.quotes[Math.floor(random() * library.quotes.length)];
      const speaker = quote.speaker?.name ?? 'A spokesperson';
      const words = quote.quote.text.split(' ');
      if (random() < 0.3) words[Math.floor(random() * words.length)] = 'reportedly';
      const extra = `${speaker} said: “${words.join(' ')}” Padrino Lopes agreed.\n`;
      parts.push(paragraph, '\n', extra);
      bytes += Buffer.byteLength(paragraph + extra, 'utf8') + 1;
      if (bytes >= DRAFT_BYTES) break;
    }
  }
  return parts.join('');
}

/** The quote check without its index: every quotation of four words or more aligned with every source quote. */
function allPairsQuoteMs(draft: string, library: Library): number {
  const sources = quoteIndexOf(library).quotes;
  const quotations = findQuotedPassages(draft).map((p) => quoteTokens(draft, p.start, p.end)).filter((t) => wordCount(t) >= 4);
  const measured = quotations.slice(0, 20);
  const ms = medianMs(1, () => {
    for (const tokens of measured) for (const source of sources) alignQuote(tokens, source.tokens);
  });
  return ms * (quotations.length / measured.length);
}

function corpusFalsePositives(corpus: CorpusArticle[], library: Library): { falsePositives: string[]; words: number } {
  let words = 0;
  const falsePositives: string[] = [];
  for (const { text } of corpus) {
    words += text.split(/\s+/).filter(Boolean).length;
    for (const f of checkDraft(text, library, { quotes: true, spelling: true, accents: false })) falsePositives.push(`${f.kind} "${text.slice(f.start, f.end)}"`);
  }
  return { falsePositives, words };
}
