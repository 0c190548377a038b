// The actors a draft names: how often (outside quotations), whether it spells
// them as the dossier does, and whether the title it gives them ("Foreign
// Minister Padrino López", "Colombian President Maduro") contradicts the
// dossier's role.
import { spellingIndexOf } from '../checks/checkDraft';
import { looksLikeAName } from '../checks/quoteIntegrity';
import { Library, LibraryActor } from '../library';
import { NameMatch, splitWords, TITLE_WORDS } from '../nameIndex';
import { AuditedActor, NameProblem } from './model';

export interface NameAuditOptions {
  /** Also report names written without the dossier's accents. */
  accents: boolean;
}

/** Courtesy titles say nothing about a role. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'father', 'saint', 'st', 'rev', 'reverend', 'prof', 'professor']);
const ABBREVIATED: Record<string, string> = { gen: 'general', col: 'colonel', sen: 'senator', gov: 'governor', rep: 'representative', capt: 'captain', lt: 'lieutenant', sgt: 'sergeant', defense: 'defence' };

const normalTitle = (word: string): string => ABBREVIATED[word] ?? word;

interface Spans { start: number; end: number }

export function auditNames(text: string, library: Library, quotations: readonly Spans[], options: NameAuditOptions): AuditedActor[] {
  const byActor = new Map<LibraryActor, AuditedActor>();
  const entry = (actor: LibraryActor, at: Spans): AuditedActor => {
    let found = byActor.get(actor);
    if (!found) {
      found = { actorKey: actor.key, name: actor.name, kind: actor.kind, role: actor.role, mentions: 0, first: { start: at.start, end: at.end }, problems: [] };
      byActor.set(actor, found);
    }
    return found;
  };
  const inQuotation = insideAny(quotations);
  for (const match of library.names.findAll(text)) {
    if (inQuotation(match.start) || !looksLikeAName(text.slice(match.start, match.end))) continue;
    for (const actor of match.targets) entry(actor, match).mentions++;
    const contradiction = match.targets.length === 1 ? roleContradiction(text, match, match.targets[0], library) : undefined;
    if (contradiction) entry(match.targets[0], match).problems.push(contradiction);
  }
  const spelling = spellingIndexOf(library);
  const misspelt = spelling.findMisspellings(text, library.names);
  const accents = options.accents ? spelling.findMissingAccents(text, library.names).filter((f) => !misspelt.some((m) => m.start < f.end && f.start < m.end)) : [];
  for (const finding of [...misspelt, ...accents]) {
    const problem: NameProblem = {
      status: finding.kind === 'accent' ? 'accent' : 'misspelt',
      start: finding.start,
      end: finding.end,
      written: finding.written,
      expected: finding.spelling,
      message: finding.kind === 'accent'
        ? `Accents: "${finding.written}" is spelt "${finding.spelling}" in the dossier.`
        : `Misspelt: "${finding.written}" — the dossier spells it "${finding.spelling}" (${finding.actor.name}).`,
    };
    entry(finding.actor, finding).problems.push(problem);
  }
  const actors = [...byActor.values()];
  for (const actor of actors) {
    actor.problems.sort((a, b) => a.start - b.start);
    if (actor.problems.length && actor.problems[0].start < actor.first.start) actor.first = { start: actor.problems[0].start, end: actor.problems[0].end };
  }
  return actors.sort((a, b) => a.first.start - b.first.start);
}

/** A title in the mention the dossier's role, name and aliases never use, or a country the role does not name. */
function roleContradiction(text: string, match: NameMatch<LibraryActor>, actor: LibraryActor, library: Library): NameProblem | undefined {
  if (actor.kind !== 'person') return undefined; // "Interior Ministry": an organization's title words are no role
  const known = knownWordsOf(actor);
  const titles = splitWords(text.slice(match.start, match.end)).filter((w) => TITLE_WORDS.has(w) && !COURTESY.has(w) && !known.has(normalTitle(w)));
  // "Colombian President Maduro": the word before a title may say whose.
  const before = /([\p{L}\p{M}]+)[ \t]+$/u.exec(text.slice(Math.max(0, match.start - 40), match.start));
  let start = match.start;
  let wrongPlace: LibraryActor | undefined;
  const rolePlaces = placesIn(actor.role ?? '', library);
  if (before && hasTitleWordAt(text, match) && rolePlaces.size) {
    const word = before[1];
    const places = library.names.findAll(word).flatMap((m) => m.targets).filter((a) => a.kind === 'place');
    if (places.length && /^\p{Lu}/u.test(word) && !places.some((p) => rolePlaces.has(p))) {
      wrongPlace = places[0];
      start = match.start - before[0].length;
    }
  }
  if (!titles.length && !wrongPlace) return undefined;
  const written = text.slice(start, match.end);
  const what = [...titles.map((t) => `"${t}"`), ...(wrongPlace ? [`"${wrongPlace.name}"`] : [])].join(' and ');
  return {
    status: 'role',
    start,
    end: match.end,
    written,
    expected: actor.role ?? '',
    message: `Role: "${written}" — the dossier does not give ${actor.name} ${what}${actor.role ? ` (role: ${actor.role})` : ''}.`,
  };
}

/** Whether the mention begins with a title word (so the word before it qualifies the title). */
function hasTitleWordAt(text: string, match: NameMatch<LibraryActor>): boolean {
  const first = splitWords(text.slice(match.start, match.end))[0];
  return first !== undefined && TITLE_WORDS.has(first) && !COURTESY.has(first);
}

const knownWords = new WeakMap<LibraryActor, Set<string>>();

/** The words of every role, name and alias the dossiers give the actor, titles normalised. */
function knownWordsOf(actor: LibraryActor): Set<string> {
  let words = knownWords.get(actor);
  if (words) return words;
  const texts = [actor.name, ...actor.aliases, ...actor.appearances.map((a) => a.actor.role ?? '')];
  words = new Set(texts.flatMap((t) => splitWords(t)).map(normalTitle));
  knownWords.set(actor, words);
  return words;
}

function placesIn(role: string, library: Library): Set<LibraryActor> {
  return new Set(library.names.findAll(role).flatMap((m) => m.targets).filter((a) => a.kind === 'place'));
}

/** A test for "inside one of these sorted spans". */
function insideAny(spans: readonly Spans[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (offset) => {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].end <= offset) low = mid + 1;
      else if (sorted[mid].start > offset) high = mid - 1;
      else return true;
    }
    return false;
  };
}
