// Finding what might name an actor in one paragraph: runs of capitalised words
// ("Defense Minister General Vladimir Padrino Lopez", "Colombian Ministry of
// Defense") and group phrases written in lower case ("Venezuelan soldiers",
// "guerrillas, paramilitaries and drug traffickers"). Deciding what they are
// needs the whole article and happens later (actors.ts).
import { Language } from './language';
import { Span, Token } from './segment';

export interface NameRun {
  /** The words of the run, as printed. */
  tokens: Token[];
  /** The run is the first thing in its sentence (its first word may just be capitalised for that). */
  sentenceInitial: boolean;
  /** Folded word just before the run ("in", "eyewitness"), if any. */
  before?: string;
  /** Folded word just after the run ("said"), if any. */
  after?: string;
  /** The capitalised word after ", " ("Louisiana" in "Marksville, Louisiana"), if any. */
  afterComma?: string;
  /** The run sits in a dateline in parentheses at the start of the article: "(Caracas)". */
  dateline: boolean;
}

export interface GroupPhrase extends Span {
  /** What to call the group: "Venezuelan soldiers", or the armed groups listed. */
  name: string;
  /** Cluster key: the country and the kind of group ("venezuela/military"), or "armed" for a list of armed groups. */
  family: string;
  /** Each surface form of the phrase ("Venezuelan soldiers"; "guerrillas", "paramilitaries", ...). */
  forms: string[];
}

export function findNameRuns(text: string, tokens: readonly Token[], sentences: readonly Span[], isFirstParagraph: boolean, language: Language): NameRun[] {
  const runs: NameRun[] = [];
  // Platforms through which actors speak are not actors themselves: "on Twitter", "Ministry Twitter".
  const channels = language.channels;
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (sentence < sentences.length - 1 && token.start >= sentences[sentence].end) sentence++;
    if (!token.capitalized || channels.has(token.folded)) continue;
    // "WN: Why penguins?", "((WN))": a speaker label of an interview, not a name in the text.
    if (i === 0 && token.text.length <= 4 && (text[token.end] === ':' || text[token.end] === ')')) continue;
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      if (next.start >= sentences[sentence].end) break;
      // A possessive ends a name, except inside one: "the Alachua Sheriff's Office".
      if (tokens[last].possessive && !(isOrganizationWord(language, next) && language.titles.has(tokens[last].folded)) && !collectiveName(language, tokens[last], next)) break;
      if (next.capitalized && !channels.has(next.folded) && joinable(language, text, tokens[last], next)) { last++; continue; }
      // A lower-case connector inside a name: "Ministry of Defense", "Luiz Inácio da Silva".
      const after = tokens[last + 2];
      if (language.nameConnectors.has(next.folded) && !next.capitalized && after?.capitalized && joinable(language, text, tokens[last], next) && joinable(language, text, next, after) && connects(language, tokens[last], next)) { last += 2; continue; }
      // "Ministry of the Interior"
      if (language.of.has(next.folded) && tokens[last + 2]?.folded === language.definiteArticle && tokens[last + 3]?.capitalized && isOrganizationWord(language, tokens[last])) { last += 3; continue; }
      // "Special Agent in Charge John Doe": one title.
      if (after?.capitalized && language.titleInside(tokens[last].folded, next.folded, after.folded)) { last += 2; continue; }
      break;
    }
    const first = tokens[i];
    const lastToken = tokens[last];
    const quoteOrParen = /^[\s"“‘'(\[—–-]*$/;
    const sentenceInitial = quoteOrParen.test(text.slice(sentences[sentence].start, first.start));
    const afterText = text.slice(lastToken.end, lastToken.end + 2);
    runs.push({
      tokens: tokens.slice(i, last + 1),
      sentenceInitial,
      before: i > 0 && joinableGap(text.slice(tokens[i - 1].end, first.start)) ? tokens[i - 1].folded : undefined,
      after: last + 1 < tokens.length && joinableGap(text.slice(lastToken.end, tokens[last + 1].start)) ? tokens[last + 1].folded : undefined,
      afterComma: afterText === ', ' && tokens[last + 1]?.capitalized ? text.slice(tokens[last + 1].start, (tokens[last + 2]?.capitalized && joinable(language, text, tokens[last + 1], tokens[last + 2]) ? tokens[last + 2] : tokens[last + 1]).end) : undefined,
      dateline: isFirstParagraph && sentence === 0 && text[first.start - 1] === '(' && text[lastToken.end] === ')' && quoteOrParen.test(text.slice(sentences[0].start, first.start)),
    });
    i = last;
  }
  return runs;
}

/** "People’s Republic of China", "Children’s Hospital", "Workers' Party": a collective possessive inside a name. */
function collectiveName(language: Language, possessive: Token, next: Token): boolean {
  return language.collectives.has(possessive.folded) && next.capitalized && (language.organizationWords.has(next.folded) || language.collectiveHeads.has(next.folded));
}

/**
 * A head connector ("Center for Ecosystem Sentinels", "Committee on Foreign Affairs") joins only after a
 * head word ("Ministry of Defense", "Secretary of State"), not "Colombia of Gustavo Petro".
 */
function connects(language: Language, left: Token, connector: Token): boolean {
  if (!language.headConnectors.has(connector.folded)) return !language.gazetteer.lookUpPlace(left.text);
  return language.organizationWords.has(left.folded) || language.placeWords.has(left.folded) || language.thingWords.has(left.folded) || language.titles.has(left.folded);
}

function isOrganizationWord(language: Language, token: Token | undefined): boolean {
  return !!token && token.capitalized && language.organizationWords.has(token.folded);
}

/** Two capitalised words belong to one name when only a space (or "Mr." / an initial's period) separates them. */
function joinable(language: Language, text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  if (gap === ' ' || gap === '\u00a0') return true;
  if (left.possessive) return gap === "'s " || gap === '’s ' || gap === "' " || gap === '’ ';
  return gap === '. ' && (left.text.length <= 2 || language.titleAbbreviation.test(left.text));
}

function joinableGap(gap: string): boolean {
  return /^[ \u00a0]$/.test(gap);
}

/**
 * Lower-case groups: a demonym and a group noun ("Venezuelan soldiers",
 * "groups of Colombian irregulars"), and runs of armed groups named together.
 */
export function findGroupPhrases(text: string, tokens: readonly Token[], language: Language): GroupPhrase[] {
  const phrases: GroupPhrase[] = [];
  const { groupFamilies: families, definiteArticle: the } = language;
  for (let i = 0; i < tokens.length; i++) {
    const country = tokens[i].capitalized ? language.gazetteer.countryOfDemonym(tokens[i].folded) : undefined;
    if (country) {
      const two = tokens[i + 2] ? `${tokens[i + 1]?.folded} ${tokens[i + 2].folded}` : '';
      const nounLength = families.has(two) ? 2 : families.has(tokens[i + 1]?.folded ?? '') ? 1 : 0;
      if (nounLength === 0 || tokens[i + 1].capitalized) continue;
      const noun = nounLength === 2 ? two : tokens[i + 1].folded;
      // "the leader of the Venezuelan opposition" describes a person; the group is not an actor here.
      const ofRole = tokens[i - 1]?.folded === the && language.of.has(tokens[i - 2]?.folded ?? '') && language.roleNouns.has(tokens[i - 3]?.folded ?? '');
      if (ofRole) { i += nounLength; continue; }
      let start = tokens[i].start;
      const end = tokens[i + nounLength].end;
      const forms = [text.slice(start, end)];
      // "groups of Colombian irregulars", "members of the Venezuelan military"
      const ofAt = tokens[i - 1]?.folded === the ? i - 2 : i - 1;
      if (language.of.has(tokens[ofAt]?.folded ?? '') && language.groupQuantities.has(tokens[ofAt - 1]?.folded ?? '')) {
        start = tokens[ofAt - 1].start;
        forms.push(text.slice(start, end));
      }
      phrases.push({ start, end, name: forms[0], family: `${country.name}/${families.get(noun)}`, forms });
      i += nounLength;
      continue;
    }
    const armed = armedGroupAt(language, tokens, i);
    if (!armed) continue;
    // Armed groups named in one breath are one actor: "guerrillas, paramilitaries and drug traffickers".
    const forms: string[] = [];
    let j = i;
    let end = tokens[i].end;
    for (let length = armed; length > 0; length = armedGroupAt(language, tokens, j)) {
      forms.push(text.slice(tokens[j].start, tokens[j + length - 1].end));
      end = tokens[j + length - 1].end;
      j += length;
      const gap = text.slice(end, tokens[j]?.start ?? end);
      if (tokens[j] && language.and.has(tokens[j].folded) && /^,? $/.test(gap)) j++;
      else if (gap !== ', ') break;
    }
    const name = forms.length > 1 ? `${forms.slice(0, -1).join(', ')} ${language.andWord} ${forms[forms.length - 1]}` : forms[0];
    phrases.push({ start: tokens[i].start, end, name, family: 'armed', forms });
    i = j - 1;
  }
  return phrases;
}

/** The first word of each armed-group name, per language: built on first use. */
const armedFirstWords = new WeakMap<Language, ReadonlySet<string>>();

/** How many words of an armed-group name start at token `i` (0 when none). */
function armedGroupAt(language: Language, tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  const groups = language.armedGroups;
  let firsts = armedFirstWords.get(language);
  if (!firsts) armedFirstWords.set(language, (firsts = new Set([...groups].map((name) => name.split(' ')[0]))));
  if (!token || token.capitalized || !firsts.has(token.folded)) return 0;
  if (tokens[i + 1] && groups.has(`${token.folded} ${tokens[i + 1].folded}`)) return 2;
  return groups.has(token.folded) ? 1 : 0;
}
