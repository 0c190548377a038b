// Deeply nested markup costs the DOM and Readability time that grows with the
// square of the depth. Real pages nest a few dozen levels; a page deeper than
// MAX_DEPTH keeps its text but loses the tags past that depth, in one linear
// pass over the source, before anything is parsed.

export const MAX_DEPTH = 400;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose start tag closes an open one of the same name (an unclosed <p> or <li>). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
const RAW_TEXT = /^(script|style|textarea|title|xmp|noembed|noframes|template)$/;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

/** The source with tags past MAX_DEPTH removed; the same string when it nests less deeply. */
export function capNesting(html: string, maxDepth = MAX_DEPTH, depth = shapeOf(html).depth): string {
  if (depth <= maxDepth) return html;
  const out: string[] = [];
  const open: { name: string; kept: boolean }[] = [];
  let last = 0;
  for (const tag of tags(html)) {
    let keep = true;
    if (tag.closing) {
      const at = findOpen(open, tag.name);
      if (at >= 0) {
        keep = open[at].kept;
        open.length = at;
      }
    } else if (!tag.void) {
      if (SELF_CLOSING_SIBLINGS.has(tag.name) && open[open.length - 1]?.name === tag.name) open.pop();
      keep = open.length < maxDepth;
      open.push({ name: tag.name, kept: keep });
    }
    if (!keep) {
      out.push(html.slice(last, tag.start));
      last = tag.end;
    }
  }
  out.push(html.slice(last));
  return out.join('');
}

/** How deeply the source nests, and how many elements it has. */
export function shapeOf(html: string): { depth: number; elements: number } {
  const open: { name: string }[] = [];
  let deepest = 0;
  let elements = 0;
  for (const tag of tags(html)) {
    if (!tag.closing) elements++;
    if (tag.closing) {
      const at = findOpen(open, tag.name);
      if (at >= 0) open.length = at;
    } else if (!tag.void) {
      if (SELF_CLOSING_SIBLINGS.has(tag.name) && open[open.length - 1]?.name === tag.name) open.pop();
      open.push({ name: tag.name });
      if (open.length > deepest) deepest = open.length;
    }
  }
  return { depth: deepest, elements };
}

function findOpen(open: readonly { name: string }[], name: string): number {
  // Only the innermost few are searched: a stray end tag must not make the pass quadratic.
  for (let i = open.length - 1; i >= Math.max(0, open.length - 64); i--) if (open[i].name === name) return i;
  return -1;
}

interface Tag {
  name: string;
  closing: boolean;
  void: boolean;
  start: number;
  end: number;
}

/** Start and end tags in document order, skipping comments and the insides of script, style and the like. */
function* tags(html: string): Generator<Tag> {
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[2] === undefined) continue;
    const name = match[2].toLowerCase();
    const closing = match[1] === '/';
    yield { name, closing, void: VOID.has(name) || match[3] === '/', start: match.index, end: TAG.lastIndex };
    if (!closing && RAW_TEXT.test(name)) {
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = TAG.lastIndex;
      const close = end.exec(html);
      TAG.lastIndex = close ? close.index : html.length;
    }
  }
}

/**
 * The source without what never holds article text and only costs parsing
 * time: scripts (JSON-LD metadata kept), styles, inline SVG, comments and
 * long data: URIs. One linear pass of regular expressions.
 */
export function withoutInertParts(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (whole, attributes: string) => (/application\/ld\+json/i.test(attributes) ? whole : ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/(\s(?:src|href|srcset|poster)\s*=\s*["'])data:[^"']{256,}(["'])/gi, '$1$2');
}
