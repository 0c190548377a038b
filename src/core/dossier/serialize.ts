// Writes a dossier as YAML in the documented key order, leaving out what is unknown.
import { stringify } from 'yaml';
import { Anchor, Dossier } from '../model';

export function serializeDossier(dossier: Dossier, header?: string): string {
  const ordered = {
    sourcebook: 1,
    article: pick(dossier.article, ['id', 'title', 'outlet', 'authors', 'dateline', 'published', 'published_inferred', 'url', 'language', 'licence', 'accessed', 'source_file', 'file', 'text']),
    actors: dossier.actors.map((a) => pick(a, ['id', 'kind', 'name', 'aliases', 'role', 'confidence', 'reviewed'])),
    events: dossier.events.map((e) => ({ ...pick(e, ['id', 'date', 'approximate', 'title', 'actors']), ...anchorOf(e.anchor), ...pick(e, ['confidence', 'reviewed']) })),
    quotes: dossier.quotes.map((q) => ({ ...pick(q, ['id', 'kind', 'speaker', 'text', 'attribution']), ...anchorOf(q.anchor), ...pick(q, ['confidence', 'reviewed']) })),
  };
  const yaml = stringify(ordered, { lineWidth: 0, aliasDuplicateObjects: false });
  return header ? header.replace(/^/gm, '# ') + '\n' + yaml : yaml;
}

function anchorOf(anchor: Anchor | undefined): { anchor?: Anchor } {
  return anchor ? { anchor: pick(anchor, ['exact', 'prefix', 'suffix', 'offset']) } : {};
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
