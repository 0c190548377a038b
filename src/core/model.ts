// The dossier model, format version 1. Field names follow the YAML keys, so a
// reader of a dossier file and a reader of this code see the same words.

export type ActorKind = 'person' | 'organization' | 'group' | 'place';
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'group', 'place'];

export type QuoteKind = 'speech' | 'term';
export const QUOTE_KINDS: readonly QuoteKind[] = ['speech', 'term'];

/** A W3C TextQuoteSelector-like anchor; `offset` is only a hint. */
export interface Anchor {
  exact: string;
  prefix?: string;
  suffix?: string;
  offset?: number;
}

export interface Article {
  id: string;
  title?: string;
  outlet?: string;
  authors?: string[];
  dateline?: string;
  /** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: string;
  /** True when `published` was inferred rather than printed in the article. */
  published_inferred?: boolean;
  url?: string;
  language?: string;
  licence?: string;
  /** The day the dossier was built from the article (YYYY-MM-DD): a citation's "accessed"/"retrieved". */
  accessed?: string;
  /** The saved page or file the article text was read from, relative to the dossier (e.g. page.html). */
  source_file?: string;
  /** Path of the article text, relative to the dossier file. */
  file?: string;
  /** The article text, inline. */
  text?: string;
}

export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  role?: string;
  /** Extraction's estimate (0–1) that this is a real actor of this kind; absent when written by hand. */
  confidence?: number;
  /** True once a person has confirmed the item. */
  reviewed?: boolean;
}

export interface DossierEvent {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent when undated. */
  date?: string;
  approximate?: boolean;
  title: string;
  actors: string[];
  anchor?: Anchor;
  /** Extraction's estimate (0–1) that its date is right; absent when written by hand. */
  confidence?: number;
  /** True once a person has confirmed the item. */
  reviewed?: boolean;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  /** An actor id, or null when nobody is credited. */
  speaker: string | null;
  text: string;
  /** How the quote was attributed: "said", "told reporters", "he continued". */
  attribution?: string;
  anchor?: Anchor;
  /** Extraction's estimate (0–1) that the speaker is right; absent when written by hand. */
  confidence?: number;
  /** True once a person has confirmed the item. */
  reviewed?: boolean;
}

/** Items a person has not confirmed and extraction was unsure of: the writer should check them. */
export const CHECK_CONFIDENCE_BELOW = 0.8;

/**
 * Whether an item still needs a person's check. A hand-written item (no
 * `confidence`) counts as reviewed.
 */
export function needsReview(item: { confidence?: number; reviewed?: boolean }): boolean {
  return item.reviewed !== true && item.confidence !== undefined && item.confidence < CHECK_CONFIDENCE_BELOW;
}

export interface Dossier {
  sourcebook: 1;
  article: Article;
  actors: Actor[];
  events: DossierEvent[];
  quotes: Quote[];
}

