// Turns dossier YAML into a Dossier, or into problems a writer can act on,
// each at its line and column. The YAML tree is walked by hand, reading only
// known keys into fresh objects: positions come for free, unknown keys are
// reported, and keys like `__proto__` can never reach an object's prototype.
import { Alias, Document, isAlias, isMap, isScalar, isSeq, Node, Scalar, YAMLMap } from 'yaml';
import { Dossier } from '../model';
import { isFullDate, isValidPartialDate } from '../dates';
import { LineMap, Problem, Severity, sizeLimitMessage } from './problems';
import { readYaml } from './safeYaml';
import { aliasProblem } from './aliasRules';
import { isValidId } from './ids';
import { ARTICLE_FORMAT, DOSSIER_FORMAT, Field, keysOf, MappingFormat } from './format';

export interface ParseOptions {
  /** Refuse larger texts (in UTF-8 bytes; default 5 MB). */
  maxBytes?: number;
  /** Refuse documents with more YAML aliases than this (alias bombs). Default 100. */
  maxAliasCount?: number;
  /** Refuse collections nested deeper than this. Default 64. */
  maxDepth?: number;
  /**
   * Refuse more items in flow collections (`[a, b]`, `{k: v}`) than this.
   * Default: one per 8 characters of the text, and never fewer than 10,000
   * (each costs over a kilobyte to read; no real dossier comes near).
   */
  maxFlowItems?: number;
}

export interface ParsedDossier {
  /** Present when the file has no errors (warnings allowed). */
  dossier?: Dossier;
  problems: Problem[];
  /** The text range of the value at a path (`['quotes', 2, 'text']`), for later checks. */
  locate(path: readonly (string | number)[]): { start: number; end: number };
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const MAX_PROBLEMS = 100;
const MIN_FLOW_ITEMS = 10_000;
const CHARACTERS_PER_FLOW_ITEM = 8;

export function parseDossier(text: string, options: ParseOptions = {}): ParsedDossier {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const lines = new LineMap(text);
  const problems: Problem[] = [];
  const report = (severity: Severity, message: string, start: number, end = start): void => {
    // The yaml library may place an error just past the end of the text.
    start = Math.min(start, text.length);
    const { line, column } = lines.position(start);
    problems.push({ severity, message, start, end: Math.min(Math.max(start, end), text.length), line, column });
  };
  const unlocated = { problems, locate: () => ({ start: 0, end: 0 }) };

  const bytes = byteLength(text, maxBytes);
  if (bytes > maxBytes) {
    report('error', sizeLimitMessage(bytes, maxBytes), 0);
    return unlocated;
  }
  const maxDepth = options.maxDepth ?? 64;
  // YAML counts a lone CR as a line break but the yaml library does not:
  // make it a LF, which keeps every offset where it was.
  const maxFlowItems = options.maxFlowItems ?? Math.max(MIN_FLOW_ITEMS, Math.ceil(text.length / CHARACTERS_PER_FLOW_ITEM));
  const read = readYaml(text.replace(/\r(?!\n)/g, '\n'), { maxDepth, maxFlowItems });
  if (read.kind === 'too-deep') {
    report('error', `This dossier nests collections over ${maxDepth} levels deep (the limit); it was not read.`, 0);
    return unlocated;
  }
  if (read.kind === 'too-many-flow-items') {
    const rule = options.maxFlowItems === undefined ? `: one per ${CHARACTERS_PER_FLOW_ITEM} characters of the file, and at least ${MIN_FLOW_ITEMS.toLocaleString('en')}` : '';
    report('error', `This dossier's flow collections ([…] and {…}) hold over ${maxFlowItems.toLocaleString('en')} items (the limit${rule}); it was not read.`, read.at, read.at + 1);
    return unlocated;
  }
  const { doc, aliasTargets } = read;
  for (const error of doc.errors) report('error', yamlMessage(error.message), error.pos[0], error.pos[1]);
  for (const warning of doc.warnings) report('warning', yamlMessage(warning.message), warning.pos[0], warning.pos[1]);
  for (const key of read.duplicateKeys) report('error', `Duplicate key "${String((key as Scalar).value)}" in this mapping.`, key.range?.[0] ?? 0, key.range?.[1]);

  // Aliases are expanded once with the yaml library's own guard, which weighs
  // each alias by what it expands to: nine aliases nine levels deep ("billion
  // laughs") are refused although they are few.
  const maxAliasCount = options.maxAliasCount ?? 100;
  if (aliasTargets.size > 0 && !doc.errors.length) {
    try {
      // The yaml library refuses once its count reaches the limit: one more, so exactly maxAliasCount uses are read.
      doc.toJS({ maxAliasCount: maxAliasCount + 1 });
    } catch (error) {
      const bomb = error instanceof ReferenceError && /alias count/i.test(error.message);
      report('error', bomb
        ? `This dossier's YAML aliases expand too far (over ${maxAliasCount} alias uses): refused, as repeated aliases can grow without bound ("billion laughs").`
        : `This dossier's YAML aliases could not be resolved: ${(error as Error).message}`, 0);
      return unlocated;
    }
  }

  const locate = (path: readonly (string | number)[]): { start: number; end: number } => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && (node as Node).range) return { start: node.range![0], end: node.range![1] };
    }
    return { start: 0, end: 0 };
  };
  if (doc.errors.length || read.duplicateKeys.length) return { problems: capped(problems), locate };

  const reader = new Reader(doc, aliasTargets, lines, report);
  const dossier = reader.readDossier();
  const hasErrors = problems.some((p) => p.severity === 'error');
  return { dossier: hasErrors ? undefined : dossier, problems: capped(problems), locate };
}

/**
 * Reads typed values out of YAML nodes by the format table, reporting every
 * mismatch at its node. Each kind of mapping is read into a fresh object.
 */
class Reader {
  /** The ids claimed so far, by kind ("actor" → id → its node): ids are unique within a kind, and refs point at actors. */
  private readonly ids = new Map<string, Map<string, Node>>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly aliasTargets: ReadonlyMap<Alias, Node | undefined>,
    private readonly lines: LineMap,
    private readonly report: (severity: Severity, message: string, start: number, end?: number) => void,
  ) {}

  readDossier(): Dossier {
    const root = this.doc.contents;
    const empty: Dossier = { sourcebook: 1, article: { id: '' }, actors: [], events: [], quotes: [] };
    if (!isMap(root)) {
      const keys = keysOf(DOSSIER_FORMAT);
      this.problemAt(root, `A dossier is a YAML mapping with the keys ${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}.`);
      return empty;
    }
    return { ...empty, ...this.readFields(root, DOSSIER_FORMAT) };
  }

  /** Every key of `format` that `map` holds, read by its type, after a warning for each key the format lacks. */
  private readFields(map: YAMLMap, format: MappingFormat): Record<string, unknown> {
    this.checkKeys(map, keysOf(format), format.what);
    const values: Record<string, unknown> = {};
    for (const field of format.fields) {
      const value = this.readField(map, field, format.what);
      if (value !== undefined) values[field.key] = value;
    }
    return values;
  }

  private readField(map: YAMLMap, field: Field<never>, what: string): unknown {
    const { key } = field;
    switch (field.type) {
      case 'version': return this.readVersion(map, field);
      case 'id': {
        const id = this.requiredId(map, what);
        this.claimId(map, id, what);
        return id;
      }
      case 'text': return field.required ? this.requiredString(map, key, what) : this.optionalString(map, key);
      case 'textList': {
        const list = this.optionalStringList(map, key);
        if (key === 'aliases') this.checkAliases(map);
        return list;
      }
      case 'date': case 'day': return this.optionalDate(map, field, what);
      case 'boolean': return this.optionalBoolean(map, key);
      case 'confidence': return this.optionalConfidence(map, key);
      case 'offset': return this.optionalOffset(map, key);
      case 'enum': return this.requiredEnum(map, key, field.values ?? [], what);
      case 'actorRef': return this.optionalActorRef(map, key);
      case 'actorRefs': return this.actorRefs(map, key);
      case 'mapping': {
        const node = this.get(map, key);
        if (node === undefined) {
          if (field.required) this.problemAt(map, missingMessage(field, what), true);
          return undefined;
        }
        return this.readMapping(node, field.fields!);
      }
      case 'list': return this.readList(map, key, (node) => this.readMapping(node, field.fields!));
    }
  }

  private readVersion(map: YAMLMap, field: Field<never>): 1 | undefined {
    const version = this.get(map, field.key);
    if (version === undefined) this.problemAt(map, missingMessage(field, 'dossier'), true);
    else if (!(isScalar(version) && version.value === 1)) this.problemAt(version, 'Unsupported format version: this Sourcebook reads "sourcebook: 1".');
    return undefined; // always 1 in a Dossier
  }

  private readMapping(node: Node, format: MappingFormat): Record<string, unknown> | undefined {
    const map = this.expectMap(node, format.what);
    if (!map) return undefined;
    const values = this.readFields(map, format);
    if (format === ARTICLE_FORMAT && values.file !== undefined && values.text !== undefined) {
      this.problemAt(this.get(map, 'text')!, 'An article has either "file" or "text", not both.');
    }
    return { ...DEFAULTS[format.what], ...values };
  }

  /** A partial date (`date`) or a whole day (`day`), as written. */
  private optionalDate(map: YAMLMap, field: Field<never>, what: string): string | undefined {
    const node = this.get(map, field.key);
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
    const value = isScalar(node) ? scalarText(node) : undefined;
    if (value !== undefined && (field.type === 'day' ? isFullDate(value) : isValidPartialDate(value))) return value;
    if (what === 'event') {
      this.problemAt(node, `The event date must be YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)${value !== undefined ? `, not "${value}"` : ''}.`);
    } else if (value === undefined) this.problemAt(node, `"${field.key}" should be text.`);
    else this.problemAt(node, `"${value}" is not a date of the form ${field.type === 'day' ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD'}.`);
    return undefined;
  }

  /** `confidence` (a number from 0 to 1, written by extraction). */
  private optionalConfidence(map: YAMLMap, key: string): number | undefined {
    const node = this.get(map, key);
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'number' && value >= 0 && value <= 1) return value;
    this.problemAt(node, `"${key}" is a number from 0 to 1.`);
    return undefined;
  }

  private optionalOffset(map: YAMLMap, key: string): number | undefined {
    const node = this.get(map, key);
    if (node === undefined) return undefined;
    if (isScalar(node) && Number.isInteger(node.value) && (node.value as number) >= 0) return node.value as number;
    this.problemAt(node, 'An anchor offset is a whole number of characters from the start of the article.');
    return undefined;
  }

  /** A quote's speaker: an actor id of this dossier, or null when nobody is credited. */
  private optionalActorRef(map: YAMLMap, key: string): string | null {
    const node = this.get(map, key);
    if (node === undefined || (isScalar(node) && node.value === null)) return null;
    if (!isScalar(node) || typeof node.value !== 'string') this.problemAt(node, 'A speaker is an actor id, or null when nobody is credited.');
    else if (!this.idsOf('actor').has(node.value)) this.problemAt(node, `Unknown actor id "${node.value}" as speaker: no actor in this dossier has it.`);
    else return node.value;
    return null;
  }

  private actorRefs(map: YAMLMap, key: string): string[] {
    const refs: string[] = [];
    const node = this.get(map, key);
    if (node === undefined) return refs;
    if (!isSeq(node)) {
      this.problemAt(node, 'An event\'s "actors" is a list of actor ids.');
      return refs;
    }
    for (const item of node.items) {
      const ref = this.resolve(item as Node);
      if (!isScalar(ref) || typeof ref.value !== 'string') this.problemAt(ref, 'An actor id is expected here.');
      else if (!this.idsOf('actor').has(ref.value)) this.problemAt(ref, `Unknown actor id "${ref.value}": no actor in this dossier has it.`);
      else refs.push(ref.value);
    }
    return refs;
  }

  private idsOf(what: string): Map<string, Node> {
    let ids = this.ids.get(what);
    if (!ids) this.ids.set(what, (ids = new Map()));
    return ids;
  }

  private readList<T>(root: YAMLMap, key: string, readItem: (node: Node) => T | undefined): T[] {
    const node = this.get(root, key);
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) {
      this.problemAt(node, `"${key}" is a list (each item starts with "- ").`);
      return [];
    }
    const items: T[] = [];
    for (const item of node.items) {
      const value = readItem(this.resolve(item as Node));
      if (value !== undefined) items.push(value);
    }
    return items;
  }

  private claimId(map: YAMLMap, id: string, what: string): void {
    if (!id) return;
    const node = this.get(map, 'id')!;
    const ids = this.idsOf(what);
    const first = ids.get(id);
    if (first) this.problemAt(node, `Duplicate ${what} id "${id}" (first used on line ${this.lineOf(first)}).`);
    else ids.set(id, node);
  }

  private requiredId(map: YAMLMap, what: string): string {
    const id = this.requiredString(map, 'id', what);
    if (id && !isValidId(id)) {
      this.problemAt(this.get(map, 'id')!, `The ${what} id "${id}" should be a slug: letters, digits, "-", "_", "." or ":", without spaces.`);
    }
    return id;
  }

  private requiredString(map: YAMLMap, key: string, what: string): string {
    const node = this.get(map, key);
    if (node === undefined) {
      this.problemAt(map, `This ${what} has no "${key}".`, true);
      return '';
    }
    const value = this.scalarString(node, key, false);
    if (value === undefined) return '';
    if (value.trim() === '') this.problemAt(node, `The ${what}'s "${key}" is empty.`);
    return value;
  }

  private requiredEnum(map: YAMLMap, key: string, allowed: readonly string[], what: string): string {
    const value = this.requiredString(map, key, what);
    if (value && !allowed.includes(value)) {
      this.problemAt(this.get(map, key)!, `"${value}" is not a valid ${what} ${key}: use one of ${allowed.join(', ')}.`);
    }
    return value;
  }

  private optionalString(map: YAMLMap, key: string, allowDates = false): string | undefined {
    const node = this.get(map, key);
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
    return this.scalarString(node, key, allowDates);
  }

  private scalarString(node: Node, key: string, allowNonString: boolean): string | undefined {
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    if (isScalar(node) && (allowNonString || typeof node.value === 'number') && node.value !== null) {
      return typeof node.source === 'string' ? node.source : String(node.value);
    }
    this.problemAt(node, `"${key}" should be text.`);
    return undefined;
  }

  private optionalBoolean(map: YAMLMap, key: string): boolean | undefined {
    const node = this.get(map, key);
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.problemAt(node, `"${key}" should be true or false.`);
    return undefined;
  }

  private optionalStringList(map: YAMLMap, key: string): string[] | undefined {
    const node = this.get(map, key);
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isSeq(node)) {
      this.problemAt(node, `"${key}" is a list of text items.`);
      return undefined;
    }
    const values: string[] = [];
    for (const item of node.items) {
      const value = this.scalarString(this.resolve(item as Node), key, true);
      if (value !== undefined) values.push(value);
    }
    return values;
  }

  /** Each alias that would match everywhere is an error at the alias. */
  private checkAliases(map: YAMLMap): void {
    const list = this.get(map, 'aliases');
    if (!list || !isSeq(list)) return;
    for (const item of list.items) {
      const node = this.resolve(item as Node);
      if (!isScalar(node) || node.value === null || typeof node.value === 'object') continue;
      const problem = aliasProblem(String(node.value));
      if (problem) this.problemAt(item as Node, problem);
    }
  }

  private expectMap(node: Node, what: string): YAMLMap | undefined {
    if (isMap(node)) return node;
    this.problemAt(node, `Each ${what} is a mapping of keys to values (key: value).`);
    return undefined;
  }

  private checkKeys(map: YAMLMap, allowed: readonly string[], what: string): void {
    for (const pair of map.items) {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value) : undefined;
      if (name === undefined || !allowed.includes(name)) {
        this.report('warning', `Unknown key ${name === undefined ? '' : `"${name}" `}in ${what === 'dossier' ? 'the dossier' : `this ${what}`}; known keys: ${allowed.join(', ')}. It is ignored.`, key?.range?.[0] ?? 0, key?.range?.[1]);
      }
    }
  }

  /** The value node under `key`, with YAML aliases resolved. */
  private get(map: YAMLMap, key: string): Node | undefined {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) return undefined;
    if (pair.value === null || pair.value === undefined) return new Scalar(null) as Node;
    return this.resolve(pair.value as Node);
  }

  private resolve(node: Node): Node {
    if (!isAlias(node)) return node;
    const target = this.aliasTargets.get(node as Alias);
    if (!target) {
      this.problemAt(node, `Unknown YAML alias "*${(node as Alias).source}".`);
      return new Scalar(null) as Node;
    }
    return target as Node;
  }

  private problemAt(node: Node | null | undefined, message: string, atKeyOfMap = false): void {
    const range = node?.range;
    const start = range ? range[0] : 0;
    const end = atKeyOfMap && isMap(node) && node.items[0]?.key ? ((node.items[0].key as Node).range?.[1] ?? start) : (range ? range[1] : start);
    this.report('error', message, start, end);
  }

  private lineOf(node: Node): number {
    return this.lines.position(node.range?.[0] ?? 0).line;
  }
}

/** What a mapping holds when a key the model always has is absent from the YAML. */
const DEFAULTS: Record<string, Record<string, unknown>> = {
  article: { id: '' },
  actor: { aliases: [] },
  event: { actors: [] },
  quote: { speaker: null },
};

function missingMessage(field: Field<never>, what: string): string {
  return field.missing ?? `This ${what} has no "${field.key}".`;
}

/** A scalar as text: a string as it is, anything else as written ("2022", not 2022). */
function scalarText(node: Scalar): string | undefined {
  if (typeof node.value === 'string') return node.value;
  if (node.value === null) return undefined;
  return typeof node.source === 'string' ? node.source : String(node.value);
}

/**
 * In order of position, at most MAX_PROBLEMS of them: a hostile file can hold
 * a million syntax errors, and the Problems panel needs only the first few.
 */
function capped(problems: Problem[]): Problem[] {
  problems.sort((a, b) => a.start - b.start);
  if (problems.length <= MAX_PROBLEMS) return problems;
  const shown = problems.slice(0, MAX_PROBLEMS);
  const last = shown[shown.length - 1];
  shown.push({ ...last, severity: 'error', message: `${problems.length - MAX_PROBLEMS} more problems after this one are not shown.` });
  return shown;
}

function yamlMessage(message: string): string {
  return `YAML: ${message.split('\n')[0]}`;
}

/**
 * UTF-8 byte length, stopping early once past `limit` (a text of at most
 * limit / 3 UTF-16 units is within it whatever it holds). A character outside
 * the BMP is a surrogate pair, 4 bytes in UTF-8: 2 for each half.
 */
function byteLength(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}
