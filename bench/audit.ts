// audit.msPer100KB: the fact-check of a 100 KB draft (the checks' bench draft:
// news prose with quotations, some altered, and misspelt names) with the
// sample library and with the generated 1,000-dossier library, set against the
// writing checks on the same draft (the audit does their work and more).
// audit.falseAlarmsPer10kWords: the 289 Wikinews articles audited against the
// sample, where nothing is wrong: every altered, wrong-speaker or wrong-source
// row and every misspelt name or contradicted role is a false alarm.
import { auditDraft } from '../src/core/audit/auditDraft';
import { AuditReport, FAILING_STATUSES } from '../src/core/audit/model';
import { checkDraft } from '../src/core/checks/checkDraft';
import { Library } from '../src/core/library';
import { draftOf, generatedLibrary, sampleLibrary } from './checks';
import { CorpusArticle, loadCorpus } from './corpus';
import { Figures, medianMs } from './figures';

const DRAFT_BYTES = 100 * 1024;
const ALL_CHECKS = { quotes: true, spelling: true, accents: false };

export function run(): Figures {
  const corpus = loadCorpus();
  const sample = sampleLibrary();
  const large = generatedLibrary(corpus, sample, 1000);
  const draft = draftOf(corpus, large);
  const scale = DRAFT_BYTES / Buffer.byteLength(draft, 'utf8');

  auditDraft(draft, sample); // indexes are built once per library, outside the timing (as in the extension)
  auditDraft(draft, large);
  let rows = 0;
  const sampleMs = medianMs(7, () => { rows = auditDraft(draft, sample).quotations.length; });
  const largeMs = medianMs(7, () => auditDraft(draft, large));
  const checksMs = medianMs(7, () => checkDraft(draft, large, ALL_CHECKS));

  const alarms = corpusFalseAlarms(corpus, sample);
  const largeAlarms = corpusFalseAlarms(corpus, large);
  console.log(`  audit: draft ${(DRAFT_BYTES / 1024).toFixed(0)} KB, ${rows} quotations; corpus ${alarms.words} words, ${alarms.found.length} false alarms with the sample${alarms.found.length ? `: ${alarms.found.slice(0, 5).join(' | ')}` : ''}`);
  console.log(`  audit: ${largeAlarms.found.length} with the generated library${largeAlarms.found.length ? `: ${largeAlarms.found.slice(0, 5).join(' | ')}` : ''}`);
  return {
    'audit.msPer100KB': { value: sampleMs * scale, unit: 'ms', better: 'lower' },
    'audit.msPer100KB.library1000': { value: largeMs * scale, unit: 'ms', baseline: checksMs * scale, baselineLabel: 'the writing checks on the same draft', better: 'lower' },
    'audit.falseAlarmsPer10kWords': { value: (alarms.found.length / alarms.words) * 10_000, unit: 'per 10k words', better: 'lower', target: '< 1' },
    'audit.falseAlarmsPer10kWords.library1000': { value: (largeAlarms.found.length / alarms.words) * 10_000, unit: 'per 10k words', better: 'lower' },
  };
}

function falseAlarms(text: string, report: AuditReport): string[] {
  const found = report.quotations.filter((q) => FAILING_STATUSES.has(q.status)).map((q) => `${q.status} "${q.words.slice(0, 60)}"`);
  for (const actor of report.actors) for (const p of actor.problems) found.push(`${p.status} "${text.slice(p.start, p.end)}"`);
  return found;
}

function corpusFalseAlarms(corpus: CorpusArticle[], library: Library): { found: string[]; words: number } {
  let words = 0;
  const found: string[] = [];
  for (const { text } of corpus) {
    words += text.split(/\s+/).filter(Boolean).length;
    found.push(...falseAlarms(text, auditDraft(text, library)));
  }
  return { found, words };
}
