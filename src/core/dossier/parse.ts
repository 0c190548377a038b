// Turns dossier YAML into a Dossier, or into problems a writer can act on,
// each at its line and column. The YAML tree is walked by hand, reading only
// known keys into fresh objects: positions come for free, unknown keys are
// reported, and keys like `__proto__` can never reach an object's prototype.
import { Alias, Document, isAlias, isMap, isScalar, isSeq, Node, Scalar, YAMLMap } from 'yaml';
import { Actor, ACTOR_KINDS, ActorKind, Anchor, Article, Dossier, DossierEvent, Quote, QUOTE_KINDS, QuoteKind } from '../model';
import { isValidPartialDate } from '../dates';
import { LineMap, Problem, Severity, sizeLimitMessage } from './problems';
import { readYaml } from './safeYaml';
import { aliasProblem } from './aliasRules';
import { isValidId } from './ids';

export interface ParseOptions {
  /** Refuse larger texts (in UTF-8 bytes; default 5 MB). */
  maxBytes?: number;
  /** Refuse documents with more YAML aliases than this (alias bombs). Default 100. */
  maxAliasCount?: number;
  /** Refuse collections nested deeper than this. Default 64. */
  maxDepth?: number;
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
  const read = readYaml(text.replace(/\r(?!\n)/g, '\n'), maxDepth);
  if (read.kind === 'too-deep') {
    report('error', `This dossier nests collections over ${maxDepth} levels deep (the limit); it was not read.`, 0);
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

/** Reads typed values out of YAML nodes, reporting every mismatch at its node. */
class Reader {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly aliasTargets: ReadonlyMap<Alias, Node | undefined>,
    private readonly lines: LineMap,
    private readonly report: (severity: Severity, message: string, start: number, end?: number) => void,
  ) {}

  readDossier(): Dossier {
    const root = this.doc.contents;
    const dossier: Dossier = { sourcebook: 1, article: { id: '' }, actors: [], events: [], quotes: [] };
    if (!isMap(root)) {
      this.problemAt(root, 'A dossier is a YAML mapping with the keys sourcebook, article, actors, events and quotes.');
      return dossier;
    }
    this.checkKeys(root, ['sourcebook', 'article', 'actors', 'events', 'quotes'], 'dossier');
    const version = this.get(root, 'sourcebook');
    if (version === undefined) this.problemAt(root, 'Missing "sourcebook: 1" (the format version).', true);
    else if (!(isScalar(version) && version.value === 1)) this.problemAt(version, 'Unsupported format version: this Sourcebook reads "sourcebook: 1".');

    const article = this.get(root, 'article');
    if (article === undefined) this.problemAt(root, 'Missing "article" (the article this dossier describes).', true);
    else dossier.article = this.readArticle(article);

    const actorIds = new Map<string, Node>();
    dossier.actors = this.readList(root, 'actors', (node) => this.readActor(node, actorIds));
    const eventIds = new Map<string, Node>();
    dossier.events = this.readList(root, 'events', (node) => this.readEvent(node, eventIds, actorIds));
    const quoteIds = new Map<string, Node>();
    dossier.quotes = this.readList(root, 'quotes', (node) => this.readQuote(node, quoteIds, actorIds));
    return dossier;
  }

  private readArticle(node: Node): Article {
    const map = this.expectMap(node, 'article');
    const article: Article = { id: '' };
    if (!map) return article;
    this.checkKeys(map, ['id', 'title', 'outlet', 'authors', 'dateline', 'published', 'published_inferred', 'url', 'language', 'licence', 'accessed', 'source_file', 'file', 'text'], 'article');
    article.id = this.requiredId(map, 'article');
    assignDefined(article, 'title', this.optionalString(map, 'title'));
    assignDefined(article, 'outlet', this.optionalString(map, 'outlet'));
    assignDefined(article, 'authors', this.optionalStringList(map, 'authors'));
    assignDefined(article, 'dateline', this.optionalString(map, 'dateline'));
    const published = this.optionalString(map, 'published', true);
    if (published !== undefined) {
      if (isValidPartialDate(published)) article.published = published;
      else this.problemAt(this.get(map, 'published')!, `"${published}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.`);
    }
    assignDefined(article, 'published_inferred', this.optionalBoolean(map, 'published_inferred'));
    assignDefined(article, 'url', this.optionalString(map, 'url'));
    assignDefined(article, 'language', this.optionalString(map, 'language'));
    assignDefined(article, 'licence', this.optionalString(map, 'licence'));
    const accessed = this.optionalString(map, 'accessed', true);
    if (accessed !== undefined) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(accessed) && isValidPartialDate(accessed)) article.accessed = accessed;
      else this.problemAt(this.get(map, 'accessed')!, `"${accessed}" is not a date of the form YYYY-MM-DD.`);
    }
    assignDefined(article, 'source_file', this.optionalString(map, 'source_file'));
    assignDefined(article, 'file', this.optionalString(map, 'file'));
    assignDefined(article, 'text', this.optionalString(map, 'text'));
    if (article.file !== undefined && article.text !== undefined) {
      this.problemAt(this.get(map, 'text')!, 'An article has either "file" or "text", not both.');
    }
    return article;
  }

  private readActor(node: Node, ids: Map<string, Node>): Actor | undefined {
    const map = this.expectMap(node, 'actor');
    if (!map) return undefined;
    this.checkKeys(map, ['id', 'kind', 'name', 'aliases', 'role', 'confidence', 'reviewed'], 'actor');
    const id = this.requiredId(map, 'actor');
    this.claimId(map, id, ids, 'actor');
    const kind = this.requiredEnum(map, 'kind', ACTOR_KINDS, 'actor') as ActorKind;
    const name = this.requiredString(map, 'name', 'actor');
    const actor: Actor = { id, kind, name, aliases: this.optionalStringList(map, 'aliases') ?? [] };
    this.checkAliases(map);
    assignDefined(actor, 'role', this.optionalString(map, 'role'));
    this.readReview(map, actor);
    return actor;
  }

  private readEvent(node: Node, ids: Map<string, Node>, actorIds: Map<string, Node>): DossierEvent | undefined {
    const map = this.expectMap(node, 'event');
    if (!map) return undefined;
    this.checkKeys(map, ['id', 'date', 'approximate', 'title', 'actors', 'anchor', 'confidence', 'reviewed'], 'event');
    const id = this.requiredId(map, 'event');
    this.claimId(map, id, ids, 'event');
    const event: DossierEvent = { id, title: this.requiredString(map, 'title', 'event'), actors: [] };
    const dateNode = this.get(map, 'date');
    if (dateNode !== undefined && !(isScalar(dateNode) && dateNode.value === null)) {
      const date = isScalar(dateNode) ? String(dateNode.value) : undefined;
      if (date !== undefined && isValidPartialDate(date)) event.date = date;
      else this.problemAt(dateNode, `The event date must be YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)${date !== undefined ? `, not "${date}"` : ''}.`);
    }
    assignDefined(event, 'approximate', this.optionalBoolean(map, 'approximate'));
    const actorsNode = this.get(map, 'actors');
    if (actorsNode !== undefined) {
      if (!isSeq(actorsNode)) this.problemAt(actorsNode, 'An event\'s "actors" is a list of actor ids.');
      else for (const item of actorsNode.items) {
        const ref = this.resolve(item as Node);
        if (!isScalar(ref) || typeof ref.value !== 'string') { this.problemAt(ref, 'An actor id is expected here.'); continue; }
        if (!actorIds.has(ref.value)) this.problemAt(ref, `Unknown actor id "${ref.value}": no actor in this dossier has it.`);
        else event.actors.push(ref.value);
      }
    }
    assignDefined(event, 'anchor', this.optionalAnchor(map));
    this.readReview(map, event);
    return event;
  }

  private readQuote(node: Node, ids: Map<string, Node>, actorIds: Map<string, Node>): Quote | undefined {
    const map = this.expectMap(node, 'quote');
    if (!map) return undefined;
    this.checkKeys(map, ['id', 'kind', 'speaker', 'text', 'attribution', 'anchor', 'confidence', 'reviewed'], 'quote');
    const id = this.requiredId(map, 'quote');
    this.claimId(map, id, ids, 'quote');
    const kind = this.requiredEnum(map, 'kind', QUOTE_KINDS, 'quote') as QuoteKind;
    let speaker: string | null = null;
    const speakerNode = this.get(map, 'speaker');
    if (speakerNode !== undefined && !(isScalar(speakerNode) && speakerNode.value === null)) {
      if (!isScalar(speakerNode) || typeof speakerNode.value !== 'string') this.problemAt(speakerNode, 'A speaker is an actor id, or null when nobody is credited.');
      else if (!actorIds.has(speakerNode.value)) this.problemAt(speakerNode, `Unknown actor id "${speakerNode.value}" as speaker: no actor in this dossier has it.`);
      else speaker = speakerNode.value;
    }
    const text = this.requiredString(map, 'text', 'quote');
    const quote: Quote = { id, kind, speaker, text };
    assignDefined(quote, 'attribution', this.optionalString(map, 'attribution'));
    assignDefined(quote, 'anchor', this.optionalAnchor(map));
    this.readReview(map, quote);
    return quote;
  }

  /** `confidence` (a number from 0 to 1, written by extraction) and `reviewed` (written when a person confirms). */
  private readReview(map: YAMLMap, item: { confidence?: number; reviewed?: boolean }): void {
    const node = this.get(map, 'confidence');
    if (node !== undefined && !(isScalar(node) && node.value === null)) {
      const value = isScalar(node) ? node.value : undefined;
      if (typeof value === 'number' && value >= 0 && value <= 1) item.confidence = value;
      else this.problemAt(node, '"confidence" is a number from 0 to 1.');
    }
    assignDefined(item, 'reviewed', this.optionalBoolean(map, 'reviewed'));
  }

  private optionalAnchor(map: YAMLMap): Anchor | undefined {
    const node = this.get(map, 'anchor');
    if (node === undefined) return undefined;
    const anchorMap = this.expectMap(node, 'anchor');
    if (!anchorMap) return undefined;
    this.checkKeys(anchorMap, ['exact', 'prefix', 'suffix', 'offset'], 'anchor');
    const anchor: Anchor = { exact: this.requiredString(anchorMap, 'exact', 'anchor') };
    assignDefined(anchor, 'prefix', this.optionalString(anchorMap, 'prefix'));
    assignDefined(anchor, 'suffix', this.optionalString(anchorMap, 'suffix'));
    const offsetNode = this.get(anchorMap, 'offset');
    if (offsetNode !== undefined) {
      if (isScalar(offsetNode) && Number.isInteger(offsetNode.value) && (offsetNode.value as number) >= 0) anchor.offset = offsetNode.value as number;
      else this.problemAt(offsetNode, 'An anchor offset is a whole number of characters from the start of the article.');
    }
    return anchor;
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

  private claimId(map: YAMLMap, id: string, ids: Map<string, Node>, what: string): void {
    if (!id) return;
    const node = this.get(map, 'id')!;
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

function assignDefined<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
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
