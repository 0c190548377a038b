// How deep a YAML text nests, estimated in one pass over its characters,
// before any token tree is built. The yaml library's lexer builds a token per
// collection level (about 850 bytes of heap per unclosed `[`), so a 5 MB file
// of brackets or of `- - - …` would exhaust memory before the tree-based
// limit applied. The scan follows just enough YAML to know which `[`, `{`,
// `-`, `?` and `:` open a collection: quoted and block scalars, comments and
// plain text are skipped. It never counts more levels than the parser will
// build (plain text that merely contains brackets is not counted), so a valid
// dossier is never refused; the exact limit is still applied on the tokens.
//
// The same pass counts the items of flow collections (`[a, b]`, `{k: v}`):
// every node the yaml library builds costs over a kilobyte, and a flow item
// can be as short as `a,` (a 2 MB file of them cost 450 bytes per byte).

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

export interface ShapeLimits {
  /** Collections nested deeper than this are too deep. */
  maxDepth: number;
  /** More flow-collection items than this are too many (default: no limit). */
  maxFlowItems?: number;
}

export interface Shape {
  /** The nesting depth (a top-level collection is 1), or a number over the limit as soon as it is reached. */
  depth: number;
  /** Where the flow item past `maxFlowItems` starts, when there is one (the scan stops there). */
  tooManyFlowItemsAt?: number;
}

/** The nesting depth of `text` (a top-level collection is 1), or a number over `limit` as soon as it is reached. */
export function scanNestingDepth(text: string, limit: number): number {
  return scanShape(text, { maxDepth: limit }).depth;
}

/** Nesting depth and flow items of `text`, in one pass that stops at the first limit passed. */
export function scanShape(text: string, limits: ShapeLimits): Shape {
  const limit = limits.maxDepth;
  const maxFlowItems = limits.maxFlowItems ?? Infinity;
  let flowItems = 0;
  let tooManyFlowItemsAt: number | undefined;
  const n = text.length;
  const block: number[] = []; // columns of open block collections, innermost last
  let flow = 0; // open `[` / `{`
  let deepest = 0;
  let i = 0;
  /** Columns over which a block scalar or a plain scalar's continuation lines run (-2: none). */
  let scalarOver = -2;
  let plainOver = -2;

  const note = (): boolean => {
    const depth = block.length + flow;
    if (depth > deepest) deepest = depth;
    return deepest > limit;
  };
  const isBlank = (c: number) => c === SPACE || c === TAB;
  const isBreak = (c: number) => c === LF || c === CR;
  const endOfLine = (from: number) => {
    let j = from;
    while (j < n && !isBreak(text.charCodeAt(j))) j++;
    return j;
  };
  /** Skips a quoted scalar starting at `from` (on the quote); returns the index after it (it may span lines). */
  const skipQuoted = (from: number): number => {
    const quote = text.charCodeAt(from);
    let j = from + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (quote === 0x22 && c === 0x5c) j += 2; // \x in "…"
      else if (c === quote) {
        if (quote === 0x27 && text.charCodeAt(j + 1) === 0x27) j += 2; // '' in '…'
        else return j + 1;
      } else j++;
    }
    return n;
  };
  /** Scans flow content from `from` until the flow collections close or the text ends; returns the index. */
  const scanFlow = (from: number): number => {
    let j = from;
    let prev = 0x5b; // as if after `[`: a quote may start here
    while (j < n && flow > 0) {
      const c = text.charCodeAt(j);
      if (c === 0x5b || c === 0x7b || c === 0x2c) {
        // A collection is an item of the one around it, and each comma starts another.
        if (++flowItems > maxFlowItems) {
          tooManyFlowItemsAt = j;
          return n;
        }
        if (c !== 0x2c) {
          flow++;
          if (note()) return n;
        }
      } else if (c === 0x5d || c === 0x7d) flow--;
      else if ((c === 0x22 || c === 0x27) && (isBlank(prev) || isBreak(prev) || prev === 0x5b || prev === 0x7b || prev === 0x2c || prev === 0x3a)) {
        j = skipQuoted(j);
        prev = 0x61;
        continue;
      } else if (c === 0x23 && (isBlank(prev) || isBreak(prev))) {
        j = endOfLine(j);
        continue;
      }
      prev = c;
      j++;
    }
    return j;
  };

  while (i < n) {
    // A line in block context.
    let col = 0;
    while (i < n && text.charCodeAt(i) === SPACE) { i++; col++; }
    const lineEnd = endOfLine(i);
    const first = i < n ? text.charCodeAt(i) : LF;
    if (isBreak(first) || first === 0x23) {
      i = skipBreak(text, lineEnd);
      continue; // blank or comment line: no structure
    }
    if (col > scalarOver && scalarOver > -2) { i = skipBreak(text, lineEnd); continue; }
    scalarOver = -2;
    if (col > plainOver && plainOver > -2) { i = skipBreak(text, lineEnd); continue; }
    plainOver = -2;
    while (block.length && block[block.length - 1] >= col) block.pop();
    if (text.startsWith('---', i) || text.startsWith('...', i)) { i = skipBreak(text, lineEnd); continue; }

    let j = i;
    let c = first;
    // Compact block indicators: each `- `, `? ` or `: ` at a node start opens a level.
    for (;;) {
      const next = j + 1 < n ? text.charCodeAt(j + 1) : LF;
      if ((c === 0x2d || c === 0x3f || c === 0x3a) && (isBlank(next) || isBreak(next))) {
        const column = col + (j - i);
        if (!block.length || block[block.length - 1] < column) block.push(column);
        if (note()) return { depth: deepest };
        j++;
        while (j < n && isBlank(text.charCodeAt(j))) j++;
        c = j < n ? text.charCodeAt(j) : LF;
        continue;
      }
      break;
    }
    const innermost = () => (block.length ? block[block.length - 1] : -1);
    // A node: a flow collection, a quoted or block scalar, or plain text (maybe a key).
    for (let keys = 0; j < lineEnd && keys < 2; keys++) {
      c = text.charCodeAt(j);
      if (c === 0x5b || c === 0x7b) {
        flow = 1;
        if (note()) return { depth: deepest };
        if (++flowItems > maxFlowItems) return { depth: deepest, tooManyFlowItemsAt: j };
        j = scanFlow(j + 1);
        break;
      }
      if (c === 0x7c || c === 0x3e) { scalarOver = innermost(); break; } // | or >
      if (c === 0x23) break;
      let keyEnd: number;
      if (c === 0x22 || c === 0x27) keyEnd = skipQuoted(j);
      else {
        // Plain text up to ": " (a key) or " #" (a comment) or the line's end.
        keyEnd = j;
        while (keyEnd < lineEnd) {
          const k = text.charCodeAt(keyEnd);
          const after = keyEnd + 1 < n ? text.charCodeAt(keyEnd + 1) : LF;
          if (k === 0x3a && (isBlank(after) || isBreak(after))) break;
          if (k === 0x23 && keyEnd > j && isBlank(text.charCodeAt(keyEnd - 1))) break;
          keyEnd++;
        }
      }
      let k = keyEnd;
      while (k < n && isBlank(text.charCodeAt(k))) k++;
      if (k < n && text.charCodeAt(k) === 0x3a && (k + 1 >= n || isBlank(text.charCodeAt(k + 1)) || isBreak(text.charCodeAt(k + 1)))) {
        const column = col + (j - i);
        if (!block.length || block[block.length - 1] < column) block.push(column);
        if (note()) return { depth: deepest };
        j = k + 1;
        while (j < n && isBlank(text.charCodeAt(j))) j++;
        continue; // the value, on this line
      }
      if (c !== 0x22 && c !== 0x27) plainOver = innermost(); // plain text may continue on more indented lines
      j = keyEnd > lineEnd ? keyEnd : lineEnd;
      break;
    }
    // A quoted scalar or flow collection may have run past the line: go on after the line it ended on.
    i = skipBreak(text, j > lineEnd ? endOfLine(j) : lineEnd);
  }
  return { depth: deepest, tooManyFlowItemsAt };
}

function skipBreak(text: string, at: number): number {
  if (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF) return at + 2;
  return at + 1;
}
