// What a run of capitalised words names: a person (with the title in front of
// the name), an organisation, a place, a country adjective, a role ("the
// Venezuelan Defense Minister") — or nothing worth keeping.
import { nameKey } from '../fold';
import { NameRun } from './candidates';
import { Language } from './language';
import { Country } from './language/gazetteer';
import { Token } from './segment';

export type NameReading =
  | { kind: 'person'; tokens: Token[]; title?: string; cue: boolean }
  | { kind: 'organization'; tokens: Token[] }
  | { kind: 'place'; tokens: Token[]; country?: Country; city: boolean }
  | { kind: 'demonym'; tokens: Token[]; country: Country }
  | { kind: 'role'; tokens: Token[]; title?: string; country?: Country }
  | { kind: 'single'; tokens: Token[]; placeHint: boolean; acronym?: boolean };

/** What the whole article says about words, for judging a word that starts a sentence. */
export interface WordEvidence {
  /** Folded words seen capitalised in the middle of a sentence. */
  capitalizedInside: ReadonlySet<string>;
  /** Folded words seen in lower case. */
  lowercase: ReadonlySet<string>;
}

/** The reading of a run, and the words of the run that name it (titles included, "The" and the like left out). */
export function readNameRun(run: NameRun, evidence: WordEvidence, language: Language): { reading: NameReading; surface: Token[] } | undefined {
  const surface = trimCommonWords(language, run, evidence);
  if (surface.length === 0) return undefined;
  const reading = classify(language, surface, run);
  return reading && { reading, surface };
}

function classify(language: Language, surface: Token[], run: NameRun): NameReading | undefined {
  const { titles, roleNouns, organizationWords, placeWords, thingWords, gazetteer, complementConnectors } = language;
  // A country's name in front of a title works as its demonym: "United States Secretary of State".
  const countryPrefix = countryBeforeTitle(language, surface);
  const tokens = countryPrefix ? [countryPrefix.token, ...surface.slice(countryPrefix.length)] : surface;
  const words = tokens.map((t) => t.folded);
  // The possessive is part of the name looked up: "People’s Republic of China".
  const whole = tokens.map((t, k) => (t.possessive && k < tokens.length - 1 ? `${t.text}'s` : t.text)).join(' ');
  const head = words[words.length - 1];

  const place = gazetteer.lookUpPlace(whole);
  if (place) {
    if (place.kind === 'country') return { kind: 'place', tokens, country: place.country, city: false };
    // A capital stands for its government where it acts ("Caracas accused Bogota", "relations with Bogota").
    // Words around a capital that make it stand for its government: "with Bogota", "Caracas has", "Beijing's".
    const government = !run.dateline && (language.governmentBefore.has(run.before ?? '') || language.governmentAfter.test(run.after ?? '') || tokens[tokens.length - 1].possessive);
    const city = place.kind === 'place' || !government;
    return { kind: 'place', tokens, country: place.kind === 'capital' && !city ? place.country : undefined, city };
  }
  // "Paris Agreement", "Bill of Rights", "War on Terror" name things; "Bill Nelson" does not.
  if ((thingWords.has(head) || words.some((w, k) => thingWords.has(w) && complementConnectors.has(words[k + 1] ?? ''))) && !organizationWords.has(head)) return undefined;
  if (words.length === 1 && (/^\d/.test(words[0]))) return undefined;

  const demonymCountry = gazetteer.countryOfDemonym(tokens[0].folded);
  if (demonymCountry && tokens.length === 1) return { kind: 'demonym', tokens, country: demonymCountry };
  if (organizationWords.has(head) || words.some((w, k) => k < words.length - 1 && organizationWords.has(w) && complementConnectors.has(words[k + 1]))) {
    return { kind: 'organization', tokens };
  }
  if (isAcronym(tokens)) return { kind: 'single', tokens, placeHint: false, acronym: true };
  // "Secretary of State" is a title, not a place named State.
  const titled = titles.has(words[demonymCountry ? 1 : 0] ?? '');
  if (placeWords.has(head) && tokens.length > 1 && !titled) return { kind: 'place', tokens, city: true };

  // Titles in front: "Defense Minister General Vladimir Padrino Lopez", "Venezuelan President ...".
  let nameStart = demonymCountry ? 1 : 0;
  // "Official Troy Roberts said": a role noun capitalised because it starts the sentence.
  if (run.sentenceInitial && tokens.length > 2 && tokens[0] === run.tokens[0] && roleNouns.has(words[0])) nameStart = 1;
  // "Secretary of State Mike Pompeo": "of" between two titles belongs to the title.
  while (nameStart < tokens.length && (titles.has(words[nameStart]) || (language.of.has(words[nameStart]) && nameStart > 0 && titles.has(words[nameStart + 1] ?? '')))) nameStart++;
  // "NASA Deputy Administrator Pam Melroy", "Agency Deputy Director Jane Roe", "Special Agent in Charge John Doe":
  // an organisation's name before the title words belongs to the title; the person is what follows the last one.
  const lastTitle = lastTitleWord(language, words, nameStart);
  if (lastTitle >= nameStart) nameStart = lastTitle + 1;
  const titleTokens = tokens.slice(0, nameStart);
  const hasTitle = titleTokens.some((t) => titles.has(t.folded) || roleNouns.has(t.folded));
  if (nameStart === tokens.length) {
    return hasTitle ? { kind: 'role', tokens, title: titleText(language, titleTokens.filter((t) => !gazetteer.countryOfDemonym(t.folded))), country: demonymCountry } : undefined;
  }
  // "Lithuanian Minister of Economy": a title with its portfolio names no person.
  if (!tokens[nameStart].capitalized) return hasTitle ? { kind: 'role', tokens, title: titleText(language, tokens.filter((t) => !gazetteer.countryOfDemonym(t.folded))), country: demonymCountry } : undefined;
  const nameTokens = tokens.slice(nameStart);
  if (isAcronym(nameTokens)) return { kind: 'single', tokens: nameTokens, placeHint: false, acronym: true }; // "Former CIA
  if (!hasTitle && demonymCountry) return { kind: 'demonym', tokens: tokens.slice(0, 1), country: demonymCountry };
  const title = hasTitle ? titleText(language, titleTokens) : undefined;
  const cue = hasTitle || roleNouns.has(run.before ?? '');
  if (nameTokens.length === 1) {
    if (cue) return { kind: 'person', tokens: nameTokens, title, cue };
    const placeHint = language.locatives.has(run.before ?? '') || isPlaceName(language, run.afterComma);
    return { kind: 'single', tokens: nameTokens, placeHint };
  }
  if (nameTokens.length > 4 || nameTokens.some((t) => /\d/.test(t.text))) return undefined;
  if (!cue && (language.locatives.has(run.before ?? '') || language.placeBefore.has(run.before ?? '') || isPlaceName(language, run.afterComma))) return { kind: 'place', tokens: nameTokens, city: true };
  return { kind: 'person', tokens: nameTokens, title, cue };
}

/** The last title word followed by one to three name words (none a title, organisation or place word); -1 when none. */
function lastTitleWord(language: Language, words: readonly string[], from: number): number {
  const { titles, honorifics } = language;
  for (let k = words.length - 2; k >= Math.max(from, 1); k--) {
    if (!titles.has(words[k]) || honorifics.has(words[k])) continue;
    const name = words.slice(k + 1);
    if (name.length > 3 || name.some((w) => titles.has(w) || language.organizationWords.has(w) || language.placeWords.has(w) || language.titleBreakers.has(w))) return -1;
    return k;
  }
  return -1;
}

function countryBeforeTitle(language: Language, tokens: Token[]): { country: Country; length: number; token: Token } | undefined {
  for (let length = Math.min(3, tokens.length - 1); length >= 1; length--) {
    if (!language.titles.has(tokens[length].folded)) continue;
    const sense = language.gazetteer.lookUpPlace(tokens.slice(0, length).map((t) => t.text).join(' '));
    if (sense?.kind !== 'country') continue;
    const [first, last] = [tokens[0], tokens[length - 1]];
    // One word standing for the country, folded as its demonym so it reads as one ("american").
    const token: Token = { start: first.start, end: last.end, text: tokens.slice(0, length).map((t) => t.text).join(' '), folded: nameKey(sense.country.demonyms[0]), capitalized: true, possessive: false };
    return { country: sense.country, length, token };
  }
  return undefined;
}

/** Drops leading words that are capitalised only because they begin a sentence or a name phrase ("The", "Following"). */
function trimCommonWords(language: Language, run: NameRun, evidence: WordEvidence): Token[] {
  let tokens = run.tokens;
  const { sentenceWords, titles, contraction } = language;
  // "I'm", "Let's", "Don't": capitalised contractions are never names.
  const common = (token: Token) => (sentenceWords.has(token.folded) && !isAcronym([token])) || contraction.test(token.folded);
  while (tokens.length > 0 && common(tokens[0]) && !(tokens.length > 1 && titles.has(tokens[0].folded))) tokens = tokens.slice(1);
  if (tokens.length > 0 && run.sentenceInitial && tokens === run.tokens && isCommonWord(language, tokens[0], evidence)) tokens = tokens.slice(1);
  // Months and weekdays never end a name: "President Trump Tuesday" is rare, "in March" common.
  while (tokens.length > 0 && common(tokens[tokens.length - 1]) && !titles.has(tokens[tokens.length - 1].folded)) tokens = tokens.slice(0, -1);
  if (tokens.length === 1 && run.sentenceInitial && tokens[0] === run.tokens[0] && !isKnownName(language, tokens[0], evidence)) return [];
  return tokens;
}

/** "Marksville, Louisiana", "Albuquerque, New Mexico": a known place after the comma. */
function isPlaceName(language: Language, name: string | undefined): boolean {
  return name !== undefined && (!!language.gazetteer.lookUpPlace(name) || !!language.gazetteer.lookUpPlace(name.split(' ')[0]));
}

/** A sentence-initial word that is an ordinary word, not a name. */
function isCommonWord(language: Language, token: Token, evidence: WordEvidence): boolean {
  if (language.contraction.test(token.folded)) return true;
  if (isKnownName(language, token, evidence)) return false;
  return evidence.lowercase.has(token.folded) || language.commonWordEnding.test(token.folded);
}

function isKnownName(language: Language, token: Token, evidence: WordEvidence): boolean {
  return evidence.capitalizedInside.has(token.folded) || !!language.gazetteer.lookUpPlace(token.text) || !!language.gazetteer.countryOfDemonym(token.folded)
    || language.organizationWords.has(token.folded) || language.titles.has(token.folded) || isAcronym([token]);
}

function isAcronym(tokens: Token[]): boolean {
  return tokens.length === 1 && /^[\p{Lu}][\p{Lu}&.]{1,6}$/u.test(tokens[0].text);
}

/** The title as printed, without honorifics ("Mr") that say nothing about the role. */
function titleText(language: Language, tokens: Token[]): string | undefined {
  const words = tokens.filter((t) => !language.honorifics.has(t.folded)).map((t) => t.text);
  return words.length ? words.join(' ') : undefined;
}
