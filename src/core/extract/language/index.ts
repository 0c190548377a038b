// What the engine knows about a language: every word list and pattern it
// reads text with, gathered in one module per language (en.ts, …). The engine
// takes the module of the article's language; a module's tables are built on
// its first use, never at import, so loading the engine costs nothing until
// an article is read. Adding a language: a file beside en.ts that returns a
// `Language`, and one line in BUILDERS.
import { Gazetteer } from './gazetteer';
import { buildEnglish } from './en';
import { DateGrammar } from '../dateRules';

export interface Language {
  /** ISO 639-1 code: "en". */
  code: string;
  /** The language's name in English, for messages: "English". */
  name: string;

  // Reading the text
  /** Abbreviations (folded, without their period) after which a period does not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /** Quotation marks: those that open a double quote, those that close one. */
  quoteMarks: { doubleOpen: string; doubleClose: string };

  // Speech and attribution
  /** Verbs that report speech or writing, in every inflection the engine looks up. */
  speechVerbs: ReadonlySet<string>;
  /** Speech verbs that imply the speaker of the quote just before ("he continued"). */
  continuationVerbs: ReadonlySet<string>;
  /** Words that may stand between a speech verb and its quote or speaker ("told reporters"). */
  speechObjects: ReadonlySet<string>;
  /** Personal pronouns that stand for a person as the subject of a speech verb. */
  personPronouns: ReadonlySet<string>;
  /** Right after a quote, any verb of this form attributes it (",” nuanced Mr. Petro"): English past tense. */
  isPastTense(folded: string): boolean;
  /** The words of "according to X", folded. */
  according: readonly string[];
  /** A place as the subject right before a speech verb: what may stand between them ("Turkey has warned"). */
  placeAsSubject: RegExp;
  /** Words that start a phrase describing the speaker after a name ("Jane Roe of the council"). */
  describing: ReadonlySet<string>;
  /** Lower-case words that cannot describe a speaker between a verb and its subject. */
  notDescribing: ReadonlySet<string>;
  /** Words before a speech verb that make it a noun ("in remarks", "his comments"). */
  nounMarkers: ReadonlySet<string>;
  /** Articles: "the minister", "a spokesman". */
  articles: ReadonlySet<string>;
  /** The definite article that may precede a subject ("the professor added"). */
  definiteArticle: string;
  /** Between an earlier mention and a later one: a relative clause or apposition (", who met Jones"). */
  relativeClause: RegExp;
  /** A preposition right before an earlier mention: it is an object, not the subject ("to the …"). */
  objectBefore: RegExp;
  /** A person described by an organisation after it: "Sheldon Yett of UNICEF". */
  personOfOrganization: RegExp;
  /** Verbs that name something rather than quote speech when they introduce a short quote. */
  namingVerbs: ReadonlySet<string>;
  /** Words right before a short quote that make it a name for something ("so-called"). */
  namingCue: RegExp;
  /** Plain reporting verbs (said, told, according to): a feature of a quote's confidence. */
  plainSpeech: RegExp;

  // Names
  titles: ReadonlySet<string>;
  /** Titles that are ranks or honorifics, not roles worth keeping as an alias. */
  honorifics: ReadonlySet<string>;
  /** Abbreviated titles printed with a period that does not end the name ("Mr. Petro"). */
  titleAbbreviation: RegExp;
  /** Lower-case role nouns directly before a name ("eyewitness Vinnie DeVita"). */
  roleNouns: ReadonlySet<string>;
  /** Head words that make a capitalised name an organisation. */
  organizationWords: ReadonlySet<string>;
  /** Head words that make a capitalised name a place. */
  placeWords: ReadonlySet<string>;
  /** Head words of names that are neither actors nor places: events, laws, works, things. */
  thingWords: ReadonlySet<string>;
  /** Capitalised words that begin sentences but are not names. */
  sentenceWords: ReadonlySet<string>;
  /** Lower-case connectors that may sit inside a name ("Ministry of Defense", "da Silva"). */
  nameConnectors: ReadonlySet<string>;
  /** Connectors that follow a head word: "Center for …", "Committee on …". */
  headConnectors: ReadonlySet<string>;
  /** Connectors after a head word that keep a name a law, a thing or an organisation ("Bill of Rights", "Council for …"). */
  complementConnectors: ReadonlySet<string>;
  /** The connector between two titles that belongs to the title ("Secretary of State"). */
  of: ReadonlySet<string>;
  /** Words that cannot stand in the name after a title ("Special Agent in Charge"). */
  titleBreakers: ReadonlySet<string>;
  /** Words before a name of several words that make it a place when no title says person ("to Punta Arenas"). */
  placeBefore: ReadonlySet<string>;
  /** Prepositions after which an unknown single name is a place: "fighting in Apure". */
  locatives: ReadonlySet<string>;
  /** Words before a capital that make it stand for its government: "with Bogota". */
  governmentBefore: ReadonlySet<string>;
  /** Words after a capital that make it stand for its government: "Caracas has". */
  governmentAfter: RegExp;
  /** Collective possessives inside a name: "People’s Republic", "Workers' Party". */
  collectives: ReadonlySet<string>;
  /** Words after a collective possessive that keep the name going ("Republic", "Liberation"). */
  collectiveHeads: ReadonlySet<string>;
  /** Capitalised contractions that are never names ("I'm", "Don't"). */
  contraction: RegExp;
  /** Endings of ordinary words (a capitalised sentence start that is not a name): "-ing", "-ly". */
  commonWordEnding: RegExp;
  /** Platforms through which actors speak; never actors in "on Twitter". */
  channels: ReadonlySet<string>;
  /** A title that runs over a lower-case phrase: "Special Agent in Charge". */
  titleInside(previous: string, connector: string, next: string): boolean;
  /** Words that may follow a company's own name ("Burisma Holdings" is "Burisma"). */
  corporateSuffixes: ReadonlySet<string>;
  /** Words left out of an organisation's initials ("of", "the"). */
  initialsSkip: ReadonlySet<string>;
  /** Short forms of first names: tom → thomas. */
  shortNames: ReadonlyMap<string, string>;
  /** "the " before a group's name, dropped from it. */
  leadingArticle: RegExp;

  // Groups
  /** Group nouns after a demonym ("Venezuelan soldiers"); the value clusters synonyms into one group. */
  groupFamilies: ReadonlyMap<string, string>;
  /** Groups named without a nationality that stories treat as actors. */
  armedGroups: ReadonlySet<string>;
  /** Words of a quantity before "of" a group: "groups of Colombian irregulars". */
  groupQuantities: ReadonlySet<string>;
  /** Conjunctions in a list: "guerrillas, paramilitaries and drug traffickers". */
  and: ReadonlySet<string>;
  /** The word that joins the last of a list in a group's name. */
  andWord: string;

  // Places and dates
  gazetteer: Gazetteer;
  dates: DateGrammar;
  /** Lines near the top that are bylines or stamps, not the article's first prose line. */
  bylineStart: RegExp;
}

/** The languages with a module, by code; each built on its first use. */
const BUILDERS: Record<string, () => Language> = {
  en: buildEnglish,
};

const built = new Map<string, Language>();

export const DEFAULT_LANGUAGE = 'en';

/** The codes of the languages extraction supports. */
export function supportedLanguages(): string[] {
  return Object.keys(BUILDERS);
}

/** The primary subtag of a language tag ("en-GB" → "en"), lower case. */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0].toLowerCase();
}

/** The module of a language tag ("en", "en-US"), built once; undefined when there is none. */
export function languageFor(tag: string = DEFAULT_LANGUAGE): Language | undefined {
  const code = primaryLanguage(tag);
  let language = built.get(code);
  if (!language && Object.prototype.hasOwnProperty.call(BUILDERS, code)) built.set(code, (language = BUILDERS[code]()));
  return language;
}

/** English, the default. */
export function defaultLanguage(): Language {
  return languageFor(DEFAULT_LANGUAGE)!;
}
