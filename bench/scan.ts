// scan.mbPerSec: the name index finding every mention in the corpus with
// 10,000 actors (40,000 forms) loaded, against one case-insensitive RegExp
// alternation of all forms (which does no accent folding: it does less work).
// index.buildMs: building that index.
import { NameIndex } from '../src/core/nameIndex';
import { loadCorpus, generateActors } from './corpus';
import { Figures, medianMs } from './figures';

export function run(): Figures {
  const text = loadCorpus().map((a) => a.text).join('\n');
  const megabytes = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
  const actors = generateActors(10_000);
  // Real names too, so the scan finds something in the corpus.
  actors.push(
    { id: 'trump', name: 'Donald Trump', aliases: ['Trump', 'President Trump', 'Mr. Trump'] },
    { id: 'putin', name: 'Vladimir Putin', aliases: ['Putin', 'President Putin', 'Mr. Putin'] },
  );
  const forms = actors.flatMap((a) => [a.name, ...a.aliases]);

  let index!: NameIndex<string>;
  const buildMs = medianMs(3, () => {
    index = new NameIndex<string>();
    for (const actor of actors) for (const form of [actor.name, ...actor.aliases]) index.add(form, actor.id);
  });

  let mentions = 0;
  const scanMs = medianMs(7, () => { mentions = index.findAll(text).length; });

  const escaped = [...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const alternation = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
  let regexMentions = 0;
  const regexMs = medianMs(3, () => { regexMentions = (text.match(alternation) ?? []).length; });

  console.log(`  scan: ${forms.length} forms, ${megabytes.toFixed(2)} MB; ${mentions} mentions (regex baseline: ${regexMentions})`);
  return {
    'scan.mbPerSec': { value: megabytes / (scanMs / 1000), unit: 'MB/s', baseline: megabytes / (regexMs / 1000), baselineLabel: 'one case-insensitive RegExp alternation', better: 'higher', target: '≥ 50 MB/s' },
    'index.buildMs': { value: buildMs, unit: 'ms', better: 'lower' },
  };
}
