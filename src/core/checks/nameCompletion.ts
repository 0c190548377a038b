// Name completion: the start of a name or alias typed before the cursor
// ("Padr", "Padrino L", "lopez") offers the actors it begins, to be written
// as the dossier spells them. Forms are kept sorted by their folded text, so
// a prefix is found by binary search however large the library.
import { Library, LibraryActor } from '../library';
import { isWordCode } from '../nameIndex';
import { foldWord, nameForms } from './nameForms';

export interface NameCompletion {
  actor: LibraryActor;
  /** The name or alias the typed text begins. */
  form: string;
  /** Offset where the typed text starts: the completion replaces `[from, cursor)`. */
  from: number;
  /** "Defence Minister Vladimir Padrino López", when the role gives a title. */
  firstMention?: string;
}

interface SortedForm {
  key: string;
  text: string;
  actor: LibraryActor;
}

/** A completion is offered once this many letters are typed. */
const MIN_PREFIX = 2;
/** Words of a name the typed text may already hold ("Padrino L"). */
const MAX_PREFIX_WORDS = 4;
const MAX_COMPLETIONS = 50;

export class NameCompleter {
  private readonly forms: SortedForm[] = [];

  constructor(actors: readonly LibraryActor[]) {
    for (const actor of actors) {
      const [name, ...aliases] = nameForms(actor);
      if (!name) continue;
      // Only forms that start with a word of the name: "Pet" offers Petro, "the left-wing president" is not typed.
      const nameWords = new Set(name.words);
      for (const form of [name, ...aliases]) {
        if (nameWords.has(form.words[0])) this.forms.push({ key: form.words.join(' '), text: form.text, actor });
      }
    }
    this.forms.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** Actors whose name or alias begins with the words typed just before `cursor`, longest typed prefix first. */
  complete(text: string, cursor: number): NameCompletion[] {
    if (cursor === 0 || !isWordCode(text.charCodeAt(cursor - 1))) return [];
    const starts = typedWordStarts(text, cursor);
    for (const from of starts) {
      const typed = text.slice(from, cursor);
      const key = typed.split(/[\s\-.']+/).filter(Boolean).map(foldWord).join(' ');
      if (key.replace(/ /g, '').length < MIN_PREFIX) continue;
      const found = this.withPrefix(key);
      if (found.length) return found.map(({ actor, text: form }) => ({ actor, form, from, firstMention: firstMentionForm(actor) }));
    }
    return [];
  }

  private withPrefix(key: string): SortedForm[] {
    let low = 0;
    let high = this.forms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.forms[mid].key < key) low = mid + 1;
      else high = mid;
    }
    const byActor = new Map<LibraryActor, SortedForm>();
    for (let i = low; i < this.forms.length && this.forms[i].key.startsWith(key) && byActor.size < MAX_COMPLETIONS; i++) {
      const form = this.forms[i];
      if (!byActor.has(form.actor)) byActor.set(form.actor, form);
    }
    return [...byActor.values()];
  }
}

/** Starts of the last few words before the cursor, farthest first, within one line of name-like text. */
function typedWordStarts(text: string, cursor: number): number[] {
  const starts: number[] = [];
  let i = cursor;
  while (starts.length < MAX_PREFIX_WORDS) {
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
    starts.push(i);
    let gap = i;
    while (gap > 0 && /[ .'\u2019-]/.test(text[gap - 1]) && i - gap < 3) gap--;
    if (gap === i || gap === 0 || !isWordCode(text.charCodeAt(gap - 1))) break;
    i = gap;
  }
  return starts.reverse();
}

/** "Defence Minister Vladimir Padrino López" from the role "Defence Minister of Venezuela, a general". */
export function firstMentionForm(actor: Pick<LibraryActor, 'kind' | 'name' | 'role'>): string | undefined {
  if (actor.kind !== 'person' || !actor.role) return undefined;
  const head = actor.role.split(/[,;(]/)[0].split(/\s+(?:of|for|at|in|to)\s+/)[0].trim();
  const words = head.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4) return undefined;
  return `${head} ${actor.name}`;
}

/** The actors named anywhere in `text` before `offset` (the others are at their first mention, which gets the role). */
export function actorsNamedBefore(library: Library, text: string, offset: number): Set<LibraryActor> {
  const named = new Set<LibraryActor>();
  for (const match of library.names.findAll(text.slice(0, offset))) for (const actor of match.targets) named.add(actor);
  return named;
}
