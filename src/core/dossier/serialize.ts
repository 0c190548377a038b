// Writes a dossier as YAML in the documented key order, leaving out what is unknown.
import { Scalar, stringify } from 'yaml';
import { Anchor, Dossier } from '../model';

export function serializeDossier(dossier: Dossier, header?: string): string {
  const ordered = {
    sourcebook: 1,
    article: pick(dossier.article, ['id', 'title', 'outlet', 'authors', 'dateline', 'published', 'published_inferred', 'url', 'language', 'licence', 'accessed', 'source_file', 'file', 'text']),
    actors: dossier.actors.map((a) => pick(a, ['id', 'kind', 'name', 'aliases', 'role', 'confidence', 'reviewed'])),
    events: dossier.events.map((e) => ({ ...pick(e, ['id', 'date', 'approximate', 'title', 'actors']), ...anchorOf(e.anchor), ...pick(e, ['confidence', 'reviewed']) })),
    quotes: dossier.quotes.map((q) => ({ ...pick(q, ['id', 'kind', 'speaker', 'text', 'attribution']), ...anchorOf(q.anchor), ...pick(q, ['confidence', 'reviewed']) })),
  };
  const yaml = stringify(ordered, keepBlankLines, { lineWidth: 0, aliasDuplicateObjects: false });
  return header ? header.replace(/^/gm, '# ') + '\n' + yaml : yaml;
}

/**
 * Text made only of blanks and line breaks ("  \n") would be written as a
 * block scalar whose indentation cannot be read back: it is double-quoted.
 */
function keepBlankLines(_key: unknown, value: unknown): unknown {
  if (typeof value !== 'string' || !value.includes('\n') || /\S/.test(value)) return value;
  const quoted = new Scalar(value);
  quoted.type = 'QUOTE_DOUBLE';
  return quoted;
}

function anchorOf(anchor: Anchor | undefined): { anchor?: Anchor } {
  return anchor ? { anchor: pick(anchor, ['exact', 'prefix', 'suffix', 'offset']) } : {};
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
