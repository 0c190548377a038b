// A saved web page (.html, .htm) read as a reader sees it: the article body
// as plain text, one paragraph a block, and the page's own metadata.
//
// The page is parsed by linkedom (a DOM without a browser: scripts are text,
// images and styles are never loaded) and its body found by Mozilla's
// Readability, the code of Firefox's Reader View; both run in a web worker too.
// Work is bounded: pages over MAX_PAGE_BYTES are refused, and Readability
// gives up past MAX_ELEMENTS elements, which we report as a message.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { clean, PageMetadata, readMetadata } from './metadata';
import { capNesting, MAX_DEPTH, shapeOf, withoutInertParts } from './nesting';
import { CleanDocument, removeFurniture } from './pageClean';
import { DomDocument, readMetaPage } from './pageDom';
import { blocksToText, TextBlock, TextNode } from './pageText';

export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
/** News pages have a few thousand elements; past this many the page is not read (parsing alone would take many seconds). */
const MAX_ELEMENTS = 100_000;
// Worded on use: the first toLocaleString call loads locale data (about 10 ms), which import should not pay.
const tooManyElements = () => `the page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements, far more than an article page; save the article alone (Reader View, or "Save as text") and try again.`;
/** Below this many words there is no article on the page, only its furniture. */
const MIN_ARTICLE_WORDS = 25;

export type HtmlReading = { text: string; metadata: PageMetadata; problem?: undefined } | { problem: string; metadata?: PageMetadata };

export function readHtmlPage(html: string): HtmlReading {
  if (html.length > MAX_PAGE_BYTES) return { problem: `the page is ${(html.length / 1048576).toFixed(1)} MB; pages up to ${MAX_PAGE_BYTES / 1048576} MB are read.` };
  const source = withoutInertParts(html);
  const shape = shapeOf(source);
  if (shape.elements > MAX_ELEMENTS) return { problem: tooManyElements() };
  const { document } = parseHTML(capNesting(source, MAX_DEPTH, shape.depth)) as unknown as { document: DomDocument };
  const metadata = readMetadata(readMetaPage(document, html));
  removeFurniture(document as unknown as CleanDocument);
  let content: TextNode | null | undefined;
  try {
    const reader = new Readability(document as never, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node as unknown as TextNode, disableJSONLD: true, keepClasses: true });
    content = reader.parse()?.content;
  } catch (error) {
    if (/Aborting parsing document/.test(String(error))) return { problem: tooManyElements(), metadata };
    return { problem: `the page could not be read (${(error as Error).message}).`, metadata };
  }
  const paragraphs = content ? withoutHeadMatter(withoutTailMatter(blocksToText(content)), metadata) : [];
  const text = paragraphs.join('\n\n');
  if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) return { problem: 'no article text was found on the page (only navigation or short items).', metadata };
  return { text: text + '\n', metadata };
}

/** Headings that open what follows an article: its sources, links to other articles. */
const TAIL_HEADING = /^(sources?|references|références|referencias|fuentes|quellen|fontes|see also|voir aussi|véase también|siehe auch|related( (articles|stories|content|links))?|more (on|from|in) .*|read more|lire aussi|leer más|mehr zum thema|external links|liens externes|enlaces externos)$/i;
/** A link line inside the body that points to another article ("Read more: …"). */
const LINK_LINE = /^(read more|read also|also read|related|see also|more|lire aussi|à lire aussi|voir aussi|lee también|leer más|ver también|mehr zum thema|lesen sie auch|leia também|saiba mais)\s*:/i;

/** Cuts a closing "Sources" or "Related" section, and "Read more: …" lines. */
function withoutTailMatter(blocks: TextBlock[]): string[] {
  let end = blocks.length;
  for (let i = Math.floor(blocks.length / 2); i < blocks.length; i++) {
    if (blocks[i].heading && TAIL_HEADING.test(blocks[i].text.replace(/[:\s]+$/, ''))) { end = i; break; }
  }
  return blocks.slice(0, end).filter((b) => !(b.text.length < 240 && LINK_LINE.test(b.text))).map((b) => b.text);
}

/**
 * The headline, the byline and a lone date line above the body are metadata,
 * not article text (the dossier holds them as title, authors and published).
 */
function withoutHeadMatter(paragraphs: string[], metadata: PageMetadata): string[] {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const title = metadata.title ? key(metadata.title) : undefined;
  const authors = (metadata.authors ?? []).map(key);
  const short = (paragraph: string) => paragraph.length < 60 && !/[.!?]$/.test(paragraph);
  const kicker = (paragraph: string) => short(paragraph) && paragraph.split(/\s+/).length <= 3;
  // A kicker or section label above the headline ("Press release") goes with it.
  const titleAt = paragraphs.slice(0, 4).findIndex((p) => title !== undefined && key(p) === title);
  let start = titleAt >= 0 && paragraphs.slice(0, titleAt).every(short) ? titleAt + 1 : 0;
  while (start < Math.min(paragraphs.length - 1, 5)) {
    const paragraph = paragraphs[start];
    const words = key(paragraph);
    const isTitle = title !== undefined && words === title;
    const isByline = paragraph.length < 120 && (/^(by|von|par|por|door)\s/i.test(paragraph) || (authors.length > 0 && authors.some((a) => words.startsWith(a))) && !/[.!?]$/.test(paragraph));
    if (!(isTitle || isByline || isDateLine(paragraph) || (start < 2 && kicker(paragraph)))) break;
    start++;
  }
  return paragraphs.slice(start).filter((p, i, all) => !(i > all.length - 4 && isDateLine(p) && /^\p{L}+\s/u.test(p) && PUBLISHED_LINE.test(p)));
}

const PUBLISHED_LINE = /^(published|updated|posted|first published|last (updated|modified)|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert)\b/i;

/** "22 May 2012", "Published 28 December 2016", "May 11, 2012 • 3 min read". */
function isDateLine(paragraph: string): boolean {
  return paragraph.length < 60 && /\b(1[89]|20)\d{2}\b/.test(paragraph) && !/[.!?]$/.test(paragraph) && paragraph.split(/\s+/).length <= 8;
}
