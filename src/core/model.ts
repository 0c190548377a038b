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
}

export interface DossierEvent {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent when undated. */
  date?: string;
  approximate?: boolean;
  title: string;
  actors: string[];
  anchor?: Anchor;
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
}

export interface Dossier {
  sourcebook: 1;
  article: Article;
  actors: Actor[];
  events: DossierEvent[];
  quotes: Quote[];
}

export const DOSSIER_FORMAT_VERSION = 1;
