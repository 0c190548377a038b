// The dossier format, defined once: every key of every kind of mapping, in the
// order the serializer writes them, with its type and whether it is required.
// The parser reads exactly these keys (and warns about any other), the
// serializer writes them in this order, and a unit test checks
// schemas/dossier.schema.json against this table, so the three cannot drift.
import { Actor, ACTOR_KINDS, Anchor, Article, Dossier, DossierEvent, Quote, QUOTE_KINDS } from '../model';

export { ID_PATTERN } from './ids';

/**
 * What a key holds:
 * - `version`: the format version, 1;
 * - `id`: a slug (ID_PATTERN), unique among its kind in the dossier;
 * - `text`: a string (a number is read as the text it is written as);
 * - `textList`: a list of strings (`aliases` are also checked against aliasRules);
 * - `date`: YYYY, YYYY-MM or YYYY-MM-DD; `day`: YYYY-MM-DD only;
 * - `boolean`; `confidence`: a number from 0 to 1; `offset`: a whole number ≥ 0;
 * - `enum`: one of `values`;
 * - `actorRef`: an actor id of this dossier or null (a quote's speaker); `actorRefs`: a list of them;
 * - `mapping` / `list`: a nested mapping, or a list of mappings, described by `fields`.
 */
export type FieldType = 'version' | 'id' | 'text' | 'textList' | 'date' | 'day' | 'boolean' | 'confidence' | 'offset' | 'enum' | 'actorRef' | 'actorRefs' | 'mapping' | 'list';

export interface Field<T> {
  key: keyof T & string;
  type: FieldType;
  /** A required key; a required text may not be blank. */
  required?: boolean;
  /** The allowed values of an `enum`. */
  values?: readonly string[];
  /** The mapping a `mapping` holds, or each item of a `list`. */
  fields?: MappingFormat;
  /** The message when a required key is missing, if not "This actor has no "name"." */
  missing?: string;
}

/** One kind of mapping: its name in messages ("actor" → "Each actor is a mapping…") and its keys. */
export interface MappingFormat {
  what: string;
  fields: readonly Field<never>[];
}

function mapping<T>(what: string, fields: readonly Field<T>[]): MappingFormat {
  return { what, fields: fields as readonly Field<never>[] };
}

export const ANCHOR_FORMAT = mapping<Anchor>('anchor', [
  { key: 'exact', type: 'text', required: true },
  { key: 'prefix', type: 'text' },
  { key: 'suffix', type: 'text' },
  { key: 'offset', type: 'offset' },
]);

export const ARTICLE_FORMAT = mapping<Article>('article', [
  { key: 'id', type: 'id', required: true },
  { key: 'title', type: 'text' },
  { key: 'outlet', type: 'text' },
  { key: 'authors', type: 'textList' },
  { key: 'dateline', type: 'text' },
  { key: 'published', type: 'date' },
  { key: 'published_inferred', type: 'boolean' },
  { key: 'url', type: 'text' },
  { key: 'language', type: 'text' },
  { key: 'licence', type: 'text' },
  { key: 'accessed', type: 'day' },
  { key: 'source_file', type: 'text' },
  { key: 'file', type: 'text' },
  { key: 'text', type: 'text' },
]);

export const ACTOR_FORMAT = mapping<Actor>('actor', [
  { key: 'id', type: 'id', required: true },
  { key: 'kind', type: 'enum', required: true, values: ACTOR_KINDS },
  { key: 'name', type: 'text', required: true },
  { key: 'aliases', type: 'textList' },
  { key: 'role', type: 'text' },
  { key: 'confidence', type: 'confidence' },
  { key: 'reviewed', type: 'boolean' },
]);

export const EVENT_FORMAT = mapping<DossierEvent>('event', [
  { key: 'id', type: 'id', required: true },
  { key: 'date', type: 'date' },
  { key: 'approximate', type: 'boolean' },
  { key: 'title', type: 'text', required: true },
  { key: 'actors', type: 'actorRefs' },
  { key: 'anchor', type: 'mapping', fields: ANCHOR_FORMAT },
  { key: 'confidence', type: 'confidence' },
  { key: 'reviewed', type: 'boolean' },
]);

export const QUOTE_FORMAT = mapping<Quote>('quote', [
  { key: 'id', type: 'id', required: true },
  { key: 'kind', type: 'enum', required: true, values: QUOTE_KINDS },
  { key: 'speaker', type: 'actorRef' },
  { key: 'text', type: 'text', required: true },
  { key: 'attribution', type: 'text' },
  { key: 'anchor', type: 'mapping', fields: ANCHOR_FORMAT },
  { key: 'confidence', type: 'confidence' },
  { key: 'reviewed', type: 'boolean' },
]);

export const DOSSIER_FORMAT = mapping<Dossier>('dossier', [
  { key: 'sourcebook', type: 'version', required: true, missing: 'Missing "sourcebook: 1" (the format version).' },
  { key: 'article', type: 'mapping', required: true, fields: ARTICLE_FORMAT, missing: 'Missing "article" (the article this dossier describes).' },
  { key: 'actors', type: 'list', fields: ACTOR_FORMAT },
  { key: 'events', type: 'list', fields: EVENT_FORMAT },
  { key: 'quotes', type: 'list', fields: QUOTE_FORMAT },
]);

export function keysOf(format: MappingFormat): string[] {
  return format.fields.map((field) => field.key);
}

/** The field of `format` under `key`; a key the table does not have is a programming error. */
export function fieldOf(format: MappingFormat, key: string): Field<never> {
  const field = format.fields.find((f) => f.key === key);
  if (!field) throw new Error(`The ${format.what} format has no key "${key}".`);
  return field;
}
