// Minimal text edits that set a few article fields of a dossier (title,
// outlet, url, published) without rewriting the file: an existing value is
// replaced where it stands, a missing key goes on its own line after the key
// that precedes it in the documented order. Comments and layout are kept.
import { isMap, isScalar, parseDocument, stringify, YAMLMap } from 'yaml';

export type EditableField = 'title' | 'outlet' | 'url' | 'published';

export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

const ORDER = ['id', 'title', 'outlet', 'authors', 'dateline', 'published', 'published_inferred', 'url'];

export function articleFieldEdits(yamlText: string, values: Partial<Record<EditableField, string>>): TextEdit[] | { problem: string } {
  const document = parseDocument(yamlText, { keepSourceTokens: false });
  if (document.errors.length) return { problem: 'the dossier has YAML errors; fix them first.' };
  const root = document.contents;
  const article = isMap(root) ? root.get('article', true) : undefined;
  if (!isMap(article)) return { problem: 'the dossier has no "article" mapping.' };
  const edits: TextEdit[] = [];
  for (const key of ORDER) {
    const value = values[key as EditableField];
    if (value === undefined) continue;
    const text = scalarText(value);
    const pair = pairOf(article, key);
    if (pair?.value && (isScalar(pair.value)) && pair.value.range) {
      const [start, end] = pair.value.range;
      edits.push({ offset: start, length: end - start, text });
    } else if (!pair) {
      const inserted = insertionPoint(yamlText, article, key);
      if (!inserted) return { problem: 'the article mapping is not in block style; edit it by hand.' };
      const line = `${inserted.indent}${key}: ${text}\n`;
      // Keys inserted at one place go in as one edit, in order.
      const same = edits.find((e) => e.offset === inserted.offset && e.length === 0);
      if (same) same.text += line;
      else edits.push({ offset: inserted.offset, length: 0, text: line });
    }
  }
  return edits;
}

function pairOf(map: YAMLMap, key: string) {
  return map.items.find((item) => isScalar(item.key) && item.key.value === key);
}

/** A one-line YAML scalar: plain where that reads back as the same text, quoted otherwise. */
function scalarText(value: string): string {
  return stringify(value.replace(/[\r\n]+/g, ' '), { lineWidth: 0 }).trimEnd();
}

/** After the line of the nearest key that precedes `key` in the documented order (at least `id`), at its indent. */
function insertionPoint(text: string, article: YAMLMap, key: string): { offset: number; indent: string } | undefined {
  if (article.flow) return undefined;
  const before = ORDER.slice(0, ORDER.indexOf(key)).reverse();
  const anchor = before.map((k) => pairOf(article, k)).find((pair) => pair !== undefined) ?? article.items[article.items.length - 1];
  if (!anchor || !isScalar(anchor.key) || !anchor.key.range) return undefined;
  const keyStart = anchor.key.range[0];
  const indent = text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
  if (indent.trim() !== '') return undefined;
  const valueEnd = (anchor.value as { range?: [number, number, number] } | null)?.range?.[1] ?? anchor.key.range[1];
  const lineEnd = text[valueEnd - 1] === '\n' ? valueEnd : text.indexOf('\n', valueEnd) + 1 || text.length;
  return { offset: lineEnd, indent };
}

/** The text with the edits applied (for tests and for a caller without an editor). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.offset - a.offset).reduce((out, e) => out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length), text);
}

/** Whether an article's citation lacks what a reader needs to find it. */
export function citationIncomplete(article: { title?: string; outlet?: string }): boolean {
  return !article.title || !article.outlet;
}
