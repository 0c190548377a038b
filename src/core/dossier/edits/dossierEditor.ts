// Minimal text edits to a dossier's YAML, planned on the yaml package's
// Document (for node positions) and applied to the text itself, so comments,
// key order, quoting and formatting outside the touched lines stay as they are.
import { isMap, isScalar, isSeq, Node, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { afterLine, applyEdits, columnOf, eolOf, lineStart, TextEdit, yamlString } from './yamlSource';

export type ListKey = 'actors' | 'events' | 'quotes';

/** Thrown for a dossier shape the editor does not rewrite (e.g. a list in flow style); the message is for the user. */
export class EditRefused extends Error {}

export class DossierEditor {
  readonly edits: TextEdit[] = [];
  readonly eol: string;
  private readonly root: YAMLMap;

  constructor(readonly text: string) {
    this.eol = eolOf(text);
    const doc = parseDocument(text, { keepSourceTokens: false });
    if (!isMap(doc.contents)) throw new EditRefused('The dossier is not a YAML mapping.');
    this.root = doc.contents;
  }

  /** The result of every planned edit. */
  result(): string {
    return applyEdits(this.text, this.edits);
  }

  list(key: ListKey): YAMLSeq | undefined {
    const value = this.root.get(key, true);
    return isSeq(value) ? value : undefined;
  }

  /** The mapping of a list item with this id. */
  item(key: ListKey, id: string): YAMLMap | undefined {
    return this.list(key)?.items.find((node): node is YAMLMap => isMap(node) && scalarValue(node.get('id', true)) === id);
  }

  items(key: ListKey): YAMLMap[] {
    return (this.list(key)?.items ?? []).filter((node): node is YAMLMap => isMap(node));
  }

  /** Appends an item to a top-level list; `lines` are its keys, one `key: value` per line. */
  appendItem(key: ListKey, lines: readonly string[]): void {
    const pair = this.root.items.find((p) => scalarValue(p.key as Node) === key);
    const seq = pair?.value;
    const body = (dash: number, keys: number) =>
      lines.map((line, i) => (i === 0 ? `${' '.repeat(dash)}- ${line}` : `${' '.repeat(keys)}${line}`)).join(this.eol) + this.eol;
    if (isSeq(seq) && seq.items.length > 0 && !seq.flow) {
      const last = seq.items[seq.items.length - 1] as Node;
      const keyColumn = columnOf(this.text, last.range![0]);
      const dashColumn = this.text.lastIndexOf('-', last.range![0]);
      const dash = dashColumn >= lineStart(this.text, last.range![0]) ? columnOf(this.text, dashColumn) : Math.max(0, keyColumn - 2);
      this.insertAfterLine(last.range![1], body(dash, keyColumn));
      return;
    }
    if (isSeq(seq) && seq.items.length > 0) throw new EditRefused(`The dossier's "${key}" list is written in flow style ([...]); write it as a block list ("- " items) to edit it here.`);
    const keyNode = pair?.key as Node | undefined;
    const indent = keyNode ? columnOf(this.text, keyNode.range![0]) + 2 : 2;
    if (pair && keyNode) {
      // `key: []` or `key:` with nothing: the new block list replaces the empty value.
      const valueNode = seq as Node | null | undefined;
      // A comment after the empty value stays on the key's line.
      const colon = this.text.indexOf(':', keyNode.range![1]);
      const empty = valueNode?.range && valueNode.range[1] > colon ? valueNode.range : undefined;
      if (empty) this.edits.push({ offset: colon + 1, length: empty[1] - colon - 1, newText: '' });
      this.insertAfterLine(empty ? empty[1] : colon + 1, body(indent, indent + 2));
      return;
    }
    const end = this.text.length;
    const lead = end > 0 && !this.text.endsWith('\n') ? this.eol : '';
    this.edits.push({ offset: end, length: 0, newText: `${lead}${key}:${this.eol}${body(indent, indent + 2)}` });
  }

  /** Removes a whole item of a list (its lines; comments on lines of their own around it stay). */
  removeItem(key: ListKey, item: YAMLMap): void {
    const seq = this.list(key)!;
    if (seq.flow) throw new EditRefused(`The dossier's "${key}" list is written in flow style ([...]); write it as a block list ("- " items) to edit it here.`);
    if (seq.items.length === 1) {
      this.replaceValueOf(this.root, key, '[]');
      return;
    }
    const start = lineStart(this.text, item.range![0]);
    this.edits.push({ offset: start, length: afterLine(this.text, item.range![1]) - start, newText: '' });
  }

  /** Sets `key` of a mapping to the YAML text `value`: in place when present, else on a new line after the mapping's last key. */
  set(map: YAMLMap, key: string, value: string): void {
    const pair = map.items.find((p) => scalarValue(p.key as Node) === key);
    if (pair) {
      this.replaceValueOf(map, key, value);
      return;
    }
    if (map.flow) {
      const close = this.text.lastIndexOf('}', map.range![1]);
      this.edits.push({ offset: close, length: 0, newText: `${map.items.length ? ', ' : ''}${key}: ${value}` });
      return;
    }
    const firstKey = map.items[0].key as Node;
    const column = columnOf(this.text, firstKey.range![0]);
    this.insertAfterLine(map.range![1], `${' '.repeat(column)}${key}: ${value}${this.eol}`);
  }

  /** Rewrites a list of strings under `key` to `values`, keeping the written form of the items that stay. */
  setStringList(map: YAMLMap, key: string, values: readonly string[]): void {
    const seq = map.get(key, true);
    if (!isSeq(seq) || (seq.flow && seq.items.length === 0)) {
      if (values.length || isSeq(seq)) this.set(map, key, `[${values.map((v) => yamlString(v, true)).join(', ')}]`);
      return;
    }
    const written = new Map<string, Node>();
    for (const node of seq.items as Node[]) {
      const value = scalarValue(node);
      if (value !== undefined && !written.has(value)) written.set(value, node);
    }
    if (seq.flow) {
      const parts = values.map((v) => (written.has(v) ? this.source(written.get(v)!) : yamlString(v, true)));
      this.edits.push({ offset: seq.range![0], length: seq.range![1] - seq.range![0], newText: `[${parts.join(', ')}]` });
      return;
    }
    if (values.length === 0) {
      this.replaceValueOf(map, key, '[]');
      return;
    }
    const kept = new Set(values);
    for (const node of seq.items as Node[]) {
      const value = scalarValue(node);
      if (value === undefined || !kept.has(value) || written.get(value) !== node) {
        const start = lineStart(this.text, node.range![0]);
        this.edits.push({ offset: start, length: afterLine(this.text, node.range![1]) - start, newText: '' });
      }
    }
    const added = values.filter((v) => !written.has(v));
    if (added.length) {
      const last = seq.items[seq.items.length - 1] as Node;
      const dash = columnOf(this.text, this.text.lastIndexOf('-', last.range![0]));
      this.insertAfterLine(last.range![1], added.map((v) => `${' '.repeat(dash)}- ${yamlString(v)}${this.eol}`).join(''));
    }
  }

  /** Replaces the value under `key` (including a block list's lines) with `value`. */
  private replaceValueOf(map: YAMLMap, key: string, value: string): void {
    const pair = map.items.find((p) => scalarValue(p.key as Node) === key)!;
    const keyNode = pair.key as Node;
    const valueNode = pair.value as Node | null;
    if (!valueNode?.range || (isScalar(valueNode) && valueNode.range[0] === valueNode.range[1])) {
      const colon = this.text.indexOf(':', keyNode.range![1]);
      this.edits.push({ offset: colon + 1, length: 0, newText: ` ${value}` });
      return;
    }
    if (isSeq(valueNode) && !valueNode.flow) {
      // A block list starts on the next line: replace from after the colon to its end, keeping the line break.
      const colon = this.text.indexOf(':', keyNode.range![1]);
      const end = afterLine(this.text, valueNode.range[1]);
      this.edits.push({ offset: colon + 1, length: end - colon - 1, newText: ` ${value}${this.eol}` });
      return;
    }
    const [start, end] = valueNode.range;
    // A block scalar's range takes its last line break with it: give it back.
    const lineBreak = this.text.charAt(end - 1) === '\n' ? this.eol : '';
    this.edits.push({ offset: start, length: end - start, newText: value + lineBreak });
  }

  private insertAfterLine(end: number, newText: string): void {
    const at = afterLine(this.text, end);
    const lead = at === this.text.length && at > 0 && !this.text.endsWith('\n') ? this.eol : '';
    this.edits.push({ offset: at, length: 0, newText: lead + newText });
  }

  private source(node: Node): string {
    return this.text.slice(node.range![0], node.range![1]);
  }
}

/** A scalar's value as a string (ids and names), or undefined for anything else. */
export function scalarValue(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = (node as Scalar).value;
  return value === null || value === undefined ? undefined : String(value);
}
