// Writes a dossier as YAML in the format table's key order, leaving out what is unknown.
import { Scalar, stringify } from 'yaml';
import { Dossier } from '../model';
import { DOSSIER_FORMAT, MappingFormat } from './format';

export function serializeDossier(dossier: Dossier, header?: string): string {
  const yaml = stringify(ordered(dossier, DOSSIER_FORMAT), keepBlankLines, { lineWidth: 0, aliasDuplicateObjects: false });
  return header ? header.replace(/^/gm, '# ') + '\n' + yaml : yaml;
}

/** A fresh object with the keys of `format` that `value` holds, in the table's order, nested mappings and lists alike. */
function ordered(value: object, format: MappingFormat): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of format.fields) {
    const item = field.type === 'version' ? 1 : source[field.key];
    if (item === undefined) continue;
    if (field.type === 'mapping') out[field.key] = ordered(item as object, field.fields!);
    else if (field.type === 'list') out[field.key] = (item as object[]).map((entry) => ordered(entry, field.fields!));
    else out[field.key] = item;
  }
  return out;
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
