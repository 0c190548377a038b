// Reads YAML from a stranger without letting its shape cost more than its
// size. The yaml library's composer recurses once per nesting level, checks
// duplicate keys pairwise (quadratic in a map's size) and resolves an alias by
// walking the whole document; here nesting is measured on the token tree
// first (built without recursion), duplicate keys are found with a set, and
// every alias is resolved in one pass. The number of flow-collection items is
// bounded before any token is made too: each node costs over a kilobyte.
import { scanShape, ShapeLimits } from './depthScan';
import { Alias, Composer, CST, Document, isAlias, isMap, isScalar, Node, Parser, visit, YAMLParseError } from 'yaml';

export type ReadYaml =
  | { kind: 'too-deep'; depth: number }
  | { kind: 'too-many-flow-items'; at: number }
  | { kind: 'document'; doc: Document.Parsed; aliasTargets: Map<Alias, Node | undefined>; duplicateKeys: Node[] };

/** Parses the first YAML document of `text`, refusing nesting deeper than `maxDepth` and more flow items than `maxFlowItems`. */
export function readYaml(text: string, limits: ShapeLimits): ReadYaml {
  const { maxDepth } = limits;
  // Bounded before any token is made: the lexer's tokens cost hundreds of bytes per level.
  const shape = scanShape(text, limits);
  if (shape.depth > maxDepth) return { kind: 'too-deep', depth: shape.depth };
  if (shape.tooManyFlowItemsAt !== undefined) return { kind: 'too-many-flow-items', at: shape.tooManyFlowItemsAt };
  const tokens = Array.from(new Parser().parse(text));
  const depth = nestingDepth(tokens, maxDepth);
  if (depth > maxDepth) return { kind: 'too-deep', depth };
  const doc = withoutStackTraces(() => composeFirst(text, tokens));
  return { kind: 'document', doc, ...scanNodes(doc) };
}

/** How deep the yaml library's token tree of `text` nests (for tests of the pre-scan: it builds the tokens). */
export function tokenNestingDepth(text: string, limit: number): number {
  return nestingDepth(Array.from(new Parser().parse(text)), limit);
}

function composeFirst(text: string, tokens: CST.Token[]): Document.Parsed {
  let first: Document.Parsed | undefined;
  for (const doc of new Composer({ uniqueKeys: false, strict: true }).compose(tokens, true, text.length)) {
    if (first) {
      const where: [number, number] = [doc.range[0], doc.range[1]];
      first.errors.push(new YAMLParseError(where, 'MULTIPLE_DOCS', 'A dossier is one YAML document; this file has several (a line "---" starts another).'));
      break;
    }
    first = doc as Document.Parsed;
  }
  return first!;
}

/**
 * How many collections deep the token tree goes (a top-level mapping is 1),
 * counted without recursion; stops counting once past `limit`.
 */
function nestingDepth(tokens: CST.Token[], limit: number): number {
  const pending: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  let deepest = 0;
  while (pending.length) {
    const { token, depth: outer } = pending.pop()!;
    const depth = CST.isCollection(token) ? outer + 1 : outer;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of childTokens(token)) pending.push({ token: child, depth });
  }
  return deepest;
}

function childTokens(token: CST.Token): CST.Token[] {
  switch (token.type) {
    case 'document':
      return token.value ? [token.value] : [];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection': {
      const children: CST.Token[] = [];
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) children.push(item.key);
        if (item.value) children.push(item.value);
      }
      return children;
    }
    default:
      return [];
  }
}

/**
 * One pass in document order: each alias gets the latest anchor of its name
 * before it (YAML's rule), and keys repeated within a mapping are collected.
 */
function scanNodes(doc: Document.Parsed): { aliasTargets: Map<Alias, Node | undefined>; duplicateKeys: Node[] } {
  const anchors = new Map<string, Node>();
  const aliasTargets = new Map<Alias, Node | undefined>();
  const duplicateKeys: Node[] = [];
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        aliasTargets.set(node, anchors.get(node.source));
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if (isMap(node)) {
        const seen = new Set<string>();
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
          if (seen.has(key)) duplicateKeys.push(pair.key as Node);
          else seen.add(key);
        }
      }
    },
  });
  return { aliasTargets, duplicateKeys };
}

/**
 * Runs `compose` with V8's stack capture off: the yaml library makes an Error
 * object per syntax error, and a hostile file can hold millions of them;
 * their stack traces were two thirds of the time.
 */
function withoutStackTraces<T>(compose: () => T): T {
  const v8Error = Error as { stackTraceLimit?: number };
  const limit = v8Error.stackTraceLimit;
  v8Error.stackTraceLimit = 0;
  try {
    return compose();
  } finally {
    v8Error.stackTraceLimit = limit;
  }
}
