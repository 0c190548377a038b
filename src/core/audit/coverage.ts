// Whose voices a draft carries: each actor it quotes or mentions, with the
// words it quotes of them and how often it names them, grouped by kind; the
// actors its sources quote that it leaves out; and the balance in one line's
// worth of numbers. Read from the fact-check report (the same matching).
import { Library, LibraryActor, LoadedDossier } from '../library';
import { ActorKind } from '../model';
import { AuditReport } from './model';

export interface CoveredActor {
  actorKey: string;
  name: string;
  kind: ActorKind;
  /** Words of the draft's quotations whose source quote is theirs. */
  quotedWords: number;
  quotations: number;
  mentions: number;
  /** The draft's first mention of them (or first quotation of them, when never named). */
  first: { start: number; end: number };
}

export interface LeftOutSpeaker {
  actorKey: string;
  name: string;
  kind: ActorKind;
  /** Their speech quotes in the articles the draft draws on. */
  sourceQuotes: number;
}

export interface Coverage {
  /** Quoted first (most words first), then mentioned only (most mentions first). */
  covered: CoveredActor[];
  leftOut: LeftOutSpeaker[];
  speakers: number;
  quotedWords: number;
  /** The most quoted speaker and their share (0–1) of the quoted words. */
  top?: { name: string; share: number };
}

export function coverageOf(report: AuditReport, library: Library): Coverage {
  const byKey = new Map<string, CoveredActor>();
  const covered = (actor: LibraryActor, first: { start: number; end: number }): CoveredActor => {
    let found = byKey.get(actor.key);
    if (!found) byKey.set(actor.key, (found = { actorKey: actor.key, name: actor.name, kind: actor.kind, quotedWords: 0, quotations: 0, mentions: 0, first }));
    return found;
  };
  const drawnOn = new Set<LoadedDossier>();
  for (const named of report.actors) {
    const actor = library.actorByKey(named.actorKey);
    if (!actor || named.mentions === 0) continue;
    covered(actor, named.first).mentions = named.mentions;
    for (const appearance of actor.appearances) drawnOn.add(appearance.dossier);
  }
  for (const q of report.quotations) {
    if (q.status === 'term' || q.status === 'unsourced' || !q.source?.speakerKey) continue;
    const speaker = library.actorByKey(q.source.speakerKey);
    if (!speaker) continue;
    const entry = covered(speaker, { start: q.start, end: q.end });
    entry.quotedWords += q.wordCount;
    entry.quotations++;
    if (entry.mentions === 0 && q.start < entry.first.start) entry.first = { start: q.start, end: q.end };
    const source = library.quote(q.source.quoteKey);
    if (source) drawnOn.add(source.dossier);
  }
  const list = [...byKey.values()].sort((a, b) => b.quotedWords - a.quotedWords || b.mentions - a.mentions || a.name.localeCompare(b.name));
  const leftOut = new Map<LibraryActor, LeftOutSpeaker>();
  for (const entry of library.quotes) {
    if (entry.quote.kind !== 'speech' || !entry.speaker || !drawnOn.has(entry.dossier)) continue;
    if ((byKey.get(entry.speaker.key)?.quotations ?? 0) > 0) continue;
    const speaker = entry.speaker;
    const found = leftOut.get(speaker) ?? { actorKey: speaker.key, name: speaker.name, kind: speaker.kind, sourceQuotes: 0 };
    found.sourceQuotes++;
    leftOut.set(speaker, found);
  }
  const speakers = list.filter((a) => a.quotations > 0);
  const quotedWords = speakers.reduce((sum, a) => sum + a.quotedWords, 0);
  return {
    covered: list,
    leftOut: [...leftOut.values()].sort((a, b) => b.sourceQuotes - a.sourceQuotes || a.name.localeCompare(b.name)),
    speakers: speakers.length,
    quotedWords,
    top: speakers.length && quotedWords ? { name: speakers[0].name, share: speakers[0].quotedWords / quotedWords } : undefined,
  };
}
