// Turning the name readings of a whole article into actors: one actor per
// person, organisation, place or group, with every surface form the article
// uses as an alias ("Gustavo Petro", "Mr. Petro", "Petro" are one person;
// "Caracas" as a government is Venezuela; "Nicolas"/"Nicolás" are one name).
import { aliasProblem } from '../dossier/aliasRules';
import { Actor, ActorKind } from '../model';
import { GroupPhrase } from './candidates';
import { Language } from './language';
import { Country } from './language/gazetteer';
import { keyOf as nameKey } from './keys';
import { NameReading } from './readName';
import { Token } from './segment';
import { IdAllocator, slugify } from './slug';

export interface PositionedReading {
  reading: NameReading;
  /** The run as printed, title included: "Defense Minister General Vladimir Padrino Lopez". */
  surface: string;
  offset: number;
}

interface Draft {
  kind: ActorKind;
  /** Preferred name when not chosen from the forms (a country's own name). */
  fixedName?: string;
  /** Name forms by their folded key; the spelling with most accents wins. */
  names: Map<string, string[]>;
  /** Every other surface form: titles, metonyms, demonyms. */
  aliases: Set<string>;
  words: string[];
  role?: string;
  first: number;
}

/** Readings handled between two pauses (the generator yields): a few milliseconds of work. */
const BATCH = 2_000;

/** Builds the actors; a generator that pauses every BATCH readings, so a caller can keep an editor responsive. */
export function* buildActors(readings: readonly PositionedReading[], groups: readonly GroupPhrase[], text: string, language: Language): Generator<void, Actor[], void> {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const draftFor = (key: string, kind: ActorKind, first: number): Draft => {
    let draft = byKey.get(key);
    if (!draft) {
      draft = { kind, names: new Map(), aliases: new Set(), words: [], first };
      byKey.set(key, draft);
      drafts.push(draft);
    }
    draft.first = Math.min(draft.first, first);
    return draft;
  };
  const countryDraft = (country: Country, offset: number) => {
    const draft = draftFor(`country:${country.name}`, 'place', offset);
    draft.fixedName = country.name;
    return draft;
  };

  // Longest names first, so "Petro" finds "Gustavo Petro"; names have at most four words.
  const byLength: PositionedReading[][] = [[], [], [], [], []];
  for (const r of readings) if (r.reading.kind === 'person') byLength[Math.min(4, r.reading.tokens.length)].push(r);
  const persons = byLength.reverse().flat();
  const singles: PositionedReading[] = [];
  const personsByEnding = new Map<string, Draft>();
  // A name read elsewhere as a place or organisation ("at Punta Tombo") is that, unless a title says person.
  const otherKinds = new Set<string>();
  for (const r of readings) if (r.reading.kind === 'organization' || (r.reading.kind === 'place' && r.reading.city)) otherKinds.add(nameKey(tokensText(r.reading.tokens, text)));
  // Where each organisation's name ends in the text, for an acronym defined after it: "the Federal Bureau of Investigation (FBI)".
  const endingAt = new Map<number, Draft>();
  let done = 0;
  for (const item of persons) {
    if (++done % BATCH === 0) yield;
    const { reading } = item;
    if (reading.kind === 'person' && !reading.cue && otherKinds.has(nameKey(tokensText(reading.tokens, text)))) continue;
    const words = reading.tokens.map((t) => nameKey(t.text));
    const key = `person:${words.join(' ')}`;
    // The first person whose name ends with these words, from an index of name endings
    // (scanning everyone with the same surname was quadratic in a shared surname).
    const existing = byKey.get(key) ?? personsByEnding.get(words.join(' ')) ?? withOtherFirstName(language, words).map((other) => byKey.get(`person:${other}`)).find(Boolean);
    if (!existing && words.length === 1 && !(reading.kind === 'person' && reading.cue)) { singles.push(item); continue; }
    const draft = existing ?? draftFor(key, 'person', item.offset);
    if (!existing) {
      draft.words = words;
      for (let k = 1; k < words.length; k++) {
        const ending = words.slice(k).join(' ');
        if (!personsByEnding.has(ending)) personsByEnding.set(ending, draft);
      }
    }
    draft.first = Math.min(draft.first, item.offset);
    addName(draft, tokensText(reading.tokens, text));
    if (item.surface !== tokensText(reading.tokens, text)) draft.aliases.add(item.surface);
    if (reading.kind === 'person' && reading.title && !draft.role) draft.role = reading.title;
  }

  // Who holds each title, found once per title: persons (and their roles) are all known by now.
  const roleHolders = new Map<string, Draft[]>();
  for (const item of readings) {
    if (++done % BATCH === 0) yield;
    const { reading, offset, surface } = item;
    const name = tokensText(reading.tokens, text);
    switch (reading.kind) {
      case 'place':
        if (reading.country && !reading.city) {
          const draft = countryDraft(reading.country, offset);
          if (nameKey(name) !== nameKey(reading.country.name)) draft.aliases.add(name);
        } else addName(draftFor(`place:${nameKey(name)}`, 'place', offset), name);
        break;
      case 'demonym':
        countryDraft(reading.country, offset).aliases.add(name);
        break;
      case 'organization':
        endingAt.set(offset + surface.length, addName(draftFor(`organization:${nameKey(name)}`, 'organization', offset), name));
        break;
      case 'single':
        singles.push(item);
        break;
      case 'role':
        if (reading.country) countryDraft(reading.country, offset).aliases.add(reading.tokens[0].text);
        attachRole(drafts, reading.title, surface, roleHolders);
        break;
    }
  }
  yield* attachSingles(language, singles, drafts, byKey, draftFor, text, endingAt);

  for (const group of groups) {
    const draft = draftFor(`group:${group.family}`, 'group', group.start);
    draft.fixedName ??= group.name.replace(language.leadingArticle, '');
    for (const form of group.forms) addName(draft, form.replace(language.leadingArticle, ''));
  }
  return finish(drafts);
}

/** A surname, an acronym, a place named again: attach it to what it names, else keep it only if it recurs. */
function* attachSingles(
  language: Language,
  singles: PositionedReading[], drafts: Draft[], byKey: Map<string, Draft>,
  draftFor: (key: string, kind: ActorKind, first: number) => Draft, text: string, endingAt: ReadonlyMap<number, Draft>,
): Generator<void, void, void> {
  // Persons by surname (the first named wins a shared one); organisations by acronym or first word ("Burisma").
  const bySurname = new Map<string, Draft>();
  const byShortName = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.kind === 'person' && d.words.length > 1 && !bySurname.has(d.words[d.words.length - 1])) bySurname.set(d.words[d.words.length - 1], d);
    if (d.kind !== 'organization') continue;
    const [name] = d.names.keys();
    const initials = initialsOf(language, name);
    if (initials && !byShortName.has(initials)) byShortName.set(initials, d);
    const [first, ...rest] = name.split(' ');
    if (rest.length && rest.every((w) => language.corporateSuffixes.has(w)) && !byShortName.has(first)) byShortName.set(first, d);
  }
  const unattached = new Map<string, PositionedReading[]>();
  let done = 0;
  for (const item of singles) {
    if (++done % BATCH === 0) yield;
    const name = tokensText(item.reading.tokens, text);
    const key = nameKey(name);
    const target = definedBefore(item, text, endingAt) ?? bySurname.get(key) ?? byKey.get(`place:${key}`) ?? byKey.get(`organization:${key}`) ?? byShortName.get(key);
    if (target) {
      if (target.kind === 'person') addName(target, name);
      else target.aliases.add(name);
      if (item.reading.kind === 'person' && item.reading.title && !target.role) target.role = item.reading.title;
      if (item.surface !== name) target.aliases.add(item.surface);
      continue;
    }
    const list = unattached.get(key) ?? [];
    list.push(item);
    unattached.set(key, list);
  }
  // A single word "in" somewhere is a place; an unknown one named twice most likely an organisation or a brand ("Woolworths").
  for (const [key, items] of unattached) {
    const place = items.some((item) => item.reading.kind === 'single' && item.reading.placeHint);
    const acronym = items.some((item) => item.reading.kind === 'single' && item.reading.acronym);
    if (!place && !acronym && items.length < 2) continue;
    const draft = place ? draftFor(`place:${key}`, 'place', items[0].offset) : draftFor(`organization:${key}`, 'organization', items[0].offset);
    for (const item of items) addName(draft, tokensText(item.reading.tokens, text));
  }
}

/** "the Venezuelan Defense Minister" is the one person titled Defense Minister. */
function attachRole(drafts: Draft[], title: string | undefined, surface: string, holdersOf: Map<string, Draft[]>): void {
  if (!title || !title.includes(' ')) return;
  const wanted = nameKey(title);
  let holders = holdersOf.get(wanted);
  if (!holders) holdersOf.set(wanted, (holders = drafts.filter((d) => d.kind === 'person' && d.role && (' ' + nameKey(d.role) + ' ').includes(' ' + wanted + ' '))));
  if (holders.length !== 1) return;
  holders[0].aliases.add(surface);
  holders[0].aliases.add(title);
}

function finish(drafts: Draft[]): Actor[] {
  const ids = new IdAllocator();
  const surnameCount = new Map<string, number>();
  for (const d of drafts) if (d.kind === 'person' && d.words.length > 1) surnameCount.set(d.words[d.words.length - 1], (surnameCount.get(d.words[d.words.length - 1]) ?? 0) + 1);
  return drafts
    .filter((d) => d.names.size > 0 || d.fixedName)
    .sort((a, b) => a.first - b.first)
    .map((d) => {
      const forms = [...d.names.values()].map(bestSpelling);
      const name = d.fixedName ?? forms.reduce((best, form) => (form.split(' ').length > best.split(' ').length ? form : best), forms[0]);
      const aliases = new Set<string>();
      for (const list of d.names.values()) for (const form of list) aliases.add(form);
      for (const alias of d.aliases) aliases.add(alias);
      const plain = stripAccents(name);
      if (plain !== name) aliases.add(plain);
      const surname = d.words[d.words.length - 1];
      if (d.kind === 'person' && d.words.length > 1 && surnameCount.get(surname) === 1) aliases.add(name.split(' ').pop()!);
      aliases.delete(name);
      const actor: Actor = { id: ids.take(slugify(name)), kind: d.kind, name, aliases: dedupeByKey([...aliases], name).filter((alias) => aliasProblem(alias) === undefined) };
      if (d.role) actor.role = d.role;
      return actor;
    });
}

function addName(draft: Draft, form: string): Draft {
  const key = nameKey(form);
  const list = draft.names.get(key);
  if (!list) draft.names.set(key, [form]);
  else if (!list.includes(form)) list.push(form);
  return draft;
}

/** An acronym in parentheses right after an organisation's name ("Agency’s (HCA)") is that organisation's. */
function definedBefore(item: PositionedReading, text: string, endingAt: ReadonlyMap<number, Draft>): Draft | undefined {
  if (item.reading.kind !== 'single' || !item.reading.acronym || text[item.offset - 1] !== '(') return undefined;
  const gap = /(?:['’]s)? \($/.exec(text.slice(Math.max(0, item.offset - 5), item.offset));
  return gap ? endingAt.get(item.offset - gap[0].length) : undefined;
}

/** Each language's long first names and their short forms ("thomas" → tom, tommy), built on first use. */
const longNames = new WeakMap<Language, ReadonlyMap<string, string[]>>();

/** "tom jones" → ["thomas jones"]; "thomas jones" → ["tom jones", "tommy jones"]: the same person by a short first name. */
function withOtherFirstName(language: Language, words: string[]): string[] {
  if (words.length < 2) return [];
  let longs = longNames.get(language);
  if (!longs) {
    const built = new Map<string, string[]>();
    for (const [short, long] of language.shortNames) built.set(long, [...(built.get(long) ?? []), short]);
    longNames.set(language, (longs = built));
  }
  const rest = words.slice(1).join(' ');
  const long = language.shortNames.get(words[0]);
  return [...(long ? [long] : []), ...(longs.get(words[0]) ?? [])].map((first) => `${first} ${rest}`);
}

/** The spelling with the most accented letters: "Nicolás" over "Nicolas". */
function bestSpelling(forms: string[]): string {
  const accents = (s: string) => s.normalize('NFD').length - s.length;
  return forms.reduce((best, form) => (accents(form) > accents(best) ? form : best), forms[0]);
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Aliases differing only by letter case are kept once; spellings with and without accents both stay. */
function dedupeByKey(aliases: string[], name: string): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((alias) => !seen.has(alias.toLowerCase()) && seen.add(alias.toLowerCase()));
}

function initialsOf(language: Language, name: string): string | undefined {
  if (!name.includes(' ')) return undefined;
  return name.split(' ').filter((w) => !language.initialsSkip.has(w)).map((w) => w[0]).join('');
}

function tokensText(tokens: Token[], text: string): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}
