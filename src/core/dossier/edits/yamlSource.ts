// Small pieces for editing YAML as text: where lines start and end, how a
// value is written so it reads back as the same string, and applying edits.
import { parse } from 'yaml';

/** A replacement of `length` characters at `offset` (in the text before any edit). */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/** Applies non-overlapping edits; throws if two overlap (a planning bug, never user input). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let out = '';
  let from = 0;
  for (const edit of sorted) {
    if (edit.offset < from) throw new Error('overlapping edits');
    out += text.slice(from, edit.offset) + edit.newText;
    from = edit.offset + edit.length;
  }
  return out + text.slice(from);
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line break of the line holding `offset - 1` (or the text's end). */
export function afterLine(text: string, end: number): number {
  if (end > 0 && text.charAt(end - 1) === '\n') return end;
  const at = text.indexOf('\n', end);
  return at < 0 ? text.length : at + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The text's own line break. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N} .,'’()&/-]*$/u;

/**
 * A string as a YAML scalar that reads back as exactly that string, in block
 * or flow context: plain when it is safe, else double-quoted (JSON's escapes
 * are YAML's).
 */
export function yamlString(value: string, flow = false): string {
  if (PLAIN_SAFE.test(value) && !value.endsWith(' ') && !(flow && value.includes(','))) {
    try {
      const back = flow ? (parse(`[${value}]`) as unknown[])[0] : (parse(`k: ${value}`) as Record<string, unknown>).k;
      if (back === value) return value;
    } catch {
      // not plain-safe after all
    }
  }
  return JSON.stringify(value);
}

/** A flow mapping of string values, keys in the given order, undefined values left out. */
export function flowMap(entries: Record<string, string | undefined>): string {
  const parts = Object.entries(entries)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${yamlString(value, true)}`);
  return `{${parts.join(', ')}}`;
}

/** A slug for a new id: lower-case words joined by "-", accents dropped, at most `maxWords`. */
export function slugOf(text: string, maxWords = 4): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  return words.join('-');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback: string): string {
  const stem = base || fallback;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
