// The features confidence is computed from (confidence.ts): what the engine
// knows about how it found each quote's speaker and each actor. Names are
// stable: confidence.json holds a weight per name.
import { Actor, ActorKind } from '../model';
import { Features } from './confidence';
import { Language } from './language';
import { ExtractedQuote } from './quotes';

export function quoteFeatures(quote: ExtractedQuote, kinds: ReadonlyMap<string, ActorKind>, peopleInParagraph: number, language: Language): Features {
  const features: Features = {};
  if (quote.kind === 'term') { features.term = 1; return features; }
  features[`cue:${quote.cue ?? 'none'}`] = 1;
  features[`speaker:${quote.speaker ? kinds.get(quote.speaker) ?? 'unknown' : 'none'}`] = 1;
  if (quote.pronoun) features.pronoun = 1;
  if (quote.attribution && language.plainSpeech.test(quote.attribution)) features.plainVerb = 1;
  if (quote.parts.length > 1) features.parts = 1;
  if (quote.text.split(/\s+/).length < 6) features.short = 1;
  features.otherPeople = Math.min(3, Math.max(0, peopleInParagraph - 1));
  // A pronoun or a colon with other people around is where attribution goes wrong most.
  if ((quote.pronoun || quote.cue === 'colon') && features.otherPeople > 0) features.ambiguous = 1;
  return features;
}

export function actorFeatures(actor: Actor, mentions: number, speaks: boolean, language: Language): Features {
  const features: Features = { [`kind:${actor.kind}`]: 1, mentions: Math.log2(1 + mentions) };
  const words = actor.name.split(/\s+/).length;
  features[words === 1 ? 'oneWord' : words === 2 ? 'twoWords' : 'longName'] = 1;
  if (actor.role) features.role = 1;
  if (/^[\p{Lu}&.]{2,}$/u.test(actor.name)) features.acronym = 1;
  if (language.gazetteer.lookUpPlace(actor.name)) features.knownPlace = 1;
  if (speaks) features.speaks = 1;
  if (actor.aliases.length) features.aliases = 1;
  return features;
}
