// The article element as plain text: one paragraph for each block, inline
// text joined with single spaces. Captions, figures without quoted text,
// forms, asides and share/related boxes are left out. The walk keeps its own
// stack, so deeply nested markup cannot overflow the call stack.

/** The DOM members the walk reads. */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
  getAttribute?(name: string): string | null;
}

const TEXT = 3;
const ELEMENT = 1;

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const SKIPPED = new Set(['ASIDE', 'BUTTON', 'CANVAS', 'FIGCAPTION', 'FORM', 'IFRAME', 'INPUT', 'NAV', 'NOSCRIPT', 'OBJECT', 'PICTURE', 'SCRIPT', 'SELECT', 'STYLE', 'SVG', 'TEMPLATE', 'TEXTAREA', 'VIDEO', 'AUDIO', 'IMG']);
/** Class or id words of page furniture that Readability can leave inside the article. */
const FURNITURE = /(^|[\s_-])(caption|credits?|wp-caption-text|share|sharing|social|related|newsletter|promo|advert|advertisement|ad-slot|subscribe|byline|bio|author-bio|dateline|timestamp|tags|breadcrumbs?)([\s_-]|$)/i;

/** A paragraph of text and whether it is a heading (h1–h6). */
export interface TextBlock {
  text: string;
  heading: boolean;
}

export function blocksToText(root: TextNode): TextBlock[] {
  const paragraphs: TextBlock[] = [];
  let current = '';
  const headings: boolean[] = [];
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push({ text, heading: headings.includes(true) });
    current = '';
  };
  // Each entry is a node to visit, or a marker that a block ended.
  const stack: (TextNode | 'end')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end') { flush(); headings.pop(); continue; }
    if (node.nodeType === TEXT) { current += node.nodeValue ?? ''; continue; }
    if (node.nodeType !== ELEMENT) continue;
    const name = node.nodeName.toUpperCase();
    if (node !== root && skipped(node, name)) continue;
    const block = BLOCKS.has(name);
    if (block) { flush(); headings.push(/^H[1-6]$/.test(name)); stack.push('end'); }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  flush();
  return paragraphs;
}

function skipped(node: TextNode, name: string): boolean {
  if (SKIPPED.has(name)) return true;
  const marks = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
  if (FURNITURE.test(marks)) return true;
  if (node.getAttribute?.('aria-hidden') === 'true' || node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined) return true;
  // A figure is an image and its caption, unless it holds a quoted passage (an embedded post).
  return name === 'FIGURE' && !hasDescendant(node, 'BLOCKQUOTE');
}

function hasDescendant(root: TextNode, name: string): boolean {
  const stack: TextNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node !== root && node.nodeName.toUpperCase() === name) return true;
    for (let i = 0; i < node.childNodes.length; i++) stack.push(node.childNodes[i]);
  }
  return false;
}
