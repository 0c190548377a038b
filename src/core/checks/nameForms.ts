// Every way the library writes each actor (name, aliases, derived surname
// forms), cut into words, and the spelling the dossier prefers for each word:
// the spelling of the actor's own name, else the most accented one.
import { fold, foldCode } from '../fold';
import { derivedForms, LibraryActor } from '../library';
import { wordSpans } from './words';

export interface NameForm {
  actor: LibraryActor;
  /** The form as the dossier writes it. */
  text: string;
  /** Its words folded (case and accents), for matching. */
  words: string[];
  /** Its words as written. */
  spelled: string[];
}

export interface ActorSpelling {
  /** Folded words of the actor's name itself (not titles or descriptions from aliases). */
  nameWords: Set<string>;
  /** Folded word → the spelling the dossier prefers. */
  preferred: Map<string, string>;
}

/** The folded form of one word: what "the same word, up to case and accents" compares (as `nameKey` does, without its allocations). */
export function foldWord(word: string): string {
  let folded = '';
  for (let i = 0; i < word.length; i++) {
    const code = foldCode(word.charCodeAt(i));
    if ((code >= 0x300 && code <= 0x36f) || code === 0x2e || code === 0x27) continue; // combining marks, periods, apostrophes
    folded += String.fromCharCode(code);
  }
  return folded;
}

export function nameForms(actor: LibraryActor): NameForm[] {
  const texts = [actor.name, ...actor.aliases, ...derivedForms(actor)];
  const forms: NameForm[] = [];
  for (const text of new Set(texts)) {
    const normalized = text.normalize('NFC');
    const spelled = wordSpans(normalized).map(({ start, end }) => normalized.slice(start, end));
    if (spelled.length) forms.push({ actor, text: normalized, words: spelled.map(foldWord), spelled });
  }
  return forms;
}

export function actorSpelling(forms: readonly NameForm[]): ActorSpelling {
  const [name, ...others] = forms;
  const nameWords = new Set(name?.words ?? []);
  const preferred = new Map<string, string>();
  name?.words.forEach((word, k) => preferred.set(word, name.spelled[k]));
  for (const form of others) {
    form.words.forEach((word, k) => {
      if (nameWords.has(word)) return;
      const current = preferred.get(word);
      if (current === undefined || accentCount(form.spelled[k]) > accentCount(current)) preferred.set(word, form.spelled[k]);
    });
  }
  return { nameWords, preferred };
}

function accentCount(word: string): number {
  let count = 0;
  const folded = fold(word);
  for (let i = 0; i < word.length; i++) if (word[i].toLowerCase() !== folded[i]) count++;
  return count;
}
