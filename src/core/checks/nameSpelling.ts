// Name spelling: word sequences one edit away from an actor's name or alias
// ("Padrino Lopes", "Gustav Petro", "Guiadó"), and, when asked, names written
// without the accents the dossier gives them ("Padrino Lopez").
//
// Misspellings are found through a deletion index (the SymSpell idea): a
// word and every word one edit from it share a string made by deleting at
// most one letter from each, so a draft word costs a few map lookups whatever
// the size of the library. To stay quiet on ordinary prose, only capitalised
// words are read, only words of an actor's own name may be misspelt, a
// many-word form needs one name word spelt exactly, and a one-word form must
// be a person's name of six letters or more.
import { fold } from '../fold';
import { LibraryActor, LoadedDossier } from '../library';
import { NameIndex } from '../nameIndex';
import { boundedEditDistance, deletionVariants } from './editDistance';
import { actorSpelling, ActorSpelling, foldWord, NameForm, nameForms } from './nameForms';
import { isCapitalizedAt, lowerKey, WordSpan, wordSpans } from './words';

export interface SpellingFinding {
  kind: 'misspelling' | 'accent';
  start: number;
  end: number;
  actor: LibraryActor;
  written: string;
  /** The same words as the dossier spells them: the fix. */
  spelling: string;
}

const MIN_FUZZY_WORD = 4;
const MIN_SINGLE_WORD_NAME = 6;
const MIN_ANCHOR_WORD = 3;

interface FormPosition {
  form: NameForm;
  position: number;
}

interface Candidate {
  form: NameForm;
  first: number;
  count: number;
  edits: number;
}

export class NameSpellingIndex {
  private readonly spellings = new Map<LibraryActor, ActorSpelling>();
  /** Every folded word of every form: a word the library knows is never a misspelling. */
  private readonly knownWords = new Set<string>();
  /** Deletion variant → the name words that have it. */
  private readonly variants = new Map<string, string[]>();
  /** Name word → the forms it appears in, and where. */
  private readonly formsByWord = new Map<string, FormPosition[]>();

  constructor(actors: readonly LibraryActor[]) {
    for (const actor of actors) {
      const forms = nameForms(actor);
      const spelling = actorSpelling(forms);
      this.spellings.set(actor, spelling);
      for (const form of forms) {
        form.words.forEach((word, position) => {
          this.knownWords.add(word);
          if (!spelling.nameWords.has(word) || word.length < MIN_FUZZY_WORD) return;
          if (!this.formsByWord.has(word)) {
            this.formsByWord.set(word, []);
            for (const variant of deletionVariants(word)) push(this.variants, variant, word);
          }
          this.formsByWord.get(word)!.push({ form, position });
        });
      }
    }
  }

  /**
   * Near misses of names and aliases, non-overlapping, in text order. A
   * one-word near miss counts only for an article the draft talks about: the
   * draft must name (exactly, capitalised) someone or something of the same
   * dossier, so a large library does not turn "Pelosi" into somebody's
   * "Peloni". A many-word one carries its own evidence: a name word spelt right.
   */
  findMisspellings(text: string, names: NameIndex<LibraryActor>): SpellingFinding[] {
    const spans = wordSpans(text);
    const folded = fold(text);
    const words = spans.map(({ start, end }) => stripMarks(folded.slice(start, end)));
    const candidates: Candidate[] = [];
    // Drafts repeat their capitalised words ("The", "Colombia"): look each up once.
    const nearByWord = new Map<string, string[]>();
    words.forEach((word, at) => {
      if (word.length < MIN_FUZZY_WORD || this.knownWords.has(word) || !isCapitalizedAt(text, spans[at].start)) return;
      let near = nearByWord.get(word);
      if (!near) nearByWord.set(word, (near = this.nearNameWords(word)));
      for (const nameWord of near) {
        for (const { form, position } of this.formsByWord.get(nameWord)!) {
          // The same form found through two of its words fits twice: the overlap rule below keeps one.
          const candidate = this.fit(text, spans, words, form, at - position);
          if (candidate) candidates.push(candidate);
        }
      }
    });
    candidates.sort((a, b) => a.first - b.first || b.count - a.count || a.edits - b.edits);
    const findings: SpellingFinding[] = [];
    const discussed = candidates.some((c) => c.count === 1) ? dossiersNamedIn(text, names) : new Set<LoadedDossier>();
    let free = 0;
    for (const candidate of candidates) {
      if (candidate.first < free) continue;
      if (candidate.count === 1 && !candidate.form.actor.appearances.some((a) => discussed.has(a.dossier))) continue;
      free = candidate.first + candidate.count;
      findings.push(this.finding('misspelling', text, spans.slice(candidate.first, free), candidate.form.actor, candidate.form.words));
    }
    return findings;
  }

  /** Names found by the name index whose accents differ from the dossier's spelling. */
  findMissingAccents(text: string, names: NameIndex<LibraryActor>): SpellingFinding[] {
    const findings: SpellingFinding[] = [];
    for (const match of names.findAll(text)) {
      const actor = match.targets[0];
      const preferred = this.spellings.get(actor)?.preferred;
      if (!preferred) continue;
      const spans = wordSpans(text, match.start, match.end);
      const words = spans.map(({ start, end }) => foldWord(text.slice(start, end)));
      // Names are capitalised: "same" is not an unaccented "Samé".
      const differs = spans.some(({ start, end }, k) => {
        const spelling = preferred.get(words[k]);
        return spelling !== undefined && isCapitalizedAt(text, start) && lowerKey(spelling) !== lowerKey(text.slice(start, end));
      });
      if (differs) findings.push(this.finding('accent', text, spans, actor, words));
    }
    return findings;
  }

  private nearNameWords(word: string): string[] {
    const near = new Set<string>();
    for (const variant of deletionVariants(word)) {
      for (const nameWord of this.variants.get(variant) ?? []) {
        if (!near.has(nameWord) && boundedEditDistance(word, nameWord, 1) === 1) near.add(nameWord);
      }
    }
    return [...near];
  }

  /** Whether `form` fits the draft's words from `first` on, with at least one and at most one edit per word. */
  private fit(text: string, spans: readonly WordSpan[], words: readonly string[], form: NameForm, first: number): Candidate | undefined {
    const count = form.words.length;
    if (first < 0 || first + count > words.length) return undefined;
    const { nameWords } = this.spellings.get(form.actor)!;
    let edits = 0;
    let anchors = 0;
    for (let k = 0; k < count; k++) {
      const span = spans[first + k];
      if (k > 0 && !isNameGap(text, spans[first + k - 1].end, span.start)) return undefined;
      const word = words[first + k];
      const expected = form.words[k];
      if (word === expected) {
        if (nameWords.has(word) && word.length >= MIN_ANCHOR_WORD) anchors++;
        continue;
      }
      const misspelt = nameWords.has(expected) && expected.length >= MIN_FUZZY_WORD && !this.knownWords.has(word)
        && isCapitalizedAt(text, span.start) && boundedEditDistance(word, expected, 1) === 1;
      if (!misspelt) return undefined;
      edits++;
    }
    if (edits === 0) return undefined;
    const confident = count > 1 ? anchors > 0 : form.actor.kind === 'person' && form.words[0].length >= MIN_SINGLE_WORD_NAME;
    return confident ? { form, first, count, edits } : undefined;
  }

  private finding(kind: SpellingFinding['kind'], text: string, spans: readonly WordSpan[], actor: LibraryActor, formWords: readonly string[]): SpellingFinding {
    const { preferred } = this.spellings.get(actor)!;
    const start = spans[0].start;
    const end = spans[spans.length - 1].end;
    let spelling = '';
    let at = start;
    spans.forEach((span, k) => {
      spelling += text.slice(at, span.start) + (preferred.get(formWords[k]) ?? text.slice(span.start, span.end));
      at = span.end;
    });
    return { kind, start, end, actor, written: text.slice(start, end), spelling };
  }
}

/** The dossiers of every actor the text names exactly, capitalised ("Home" may be a name, "home" is not). */
function dossiersNamedIn(text: string, names: NameIndex<LibraryActor>): Set<LoadedDossier> {
  const dossiers = new Set<LoadedDossier>();
  for (const match of names.findAll(text)) {
    if (!isCapitalizedAt(text, match.start)) continue;
    for (const actor of match.targets) for (const appearance of actor.appearances) dossiers.add(appearance.dossier);
  }
  return dossiers;
}

/** Between two words of one name: spaces, a hyphen, or one line break. */
function isNameGap(text: string, from: number, to: number): boolean {
  return to - from <= 3 && /^(?:[ \t\u00a0]*\r?\n?[ \t\u00a0]*|-)$/.test(text.slice(from, to));
}

function stripMarks(word: string): string {
  return /[\u0300-\u036f]/.test(word) ? word.replace(/[\u0300-\u036f]/g, '') : word;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
