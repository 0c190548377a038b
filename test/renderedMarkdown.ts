// Reads Markdown the way a renderer does (markdown-it, the CommonMark parser
// VS Code's own Markdown preview is built on), for the hover-safety tests of
// both layers: what would become a link, an image, raw HTML or a heading.
// HTML is parsed as such (`html: true`) so that any raw tag in the source is
// found, even where VS Code would show it escaped.
import MarkdownIt from 'markdown-it';

const parser = new MarkdownIt({ html: true, linkify: false });

type Token = MarkdownIt.Token;

export interface RenderedMarkdown {
  /** The href of every link, in order. */
  links: string[];
  /** The src of every image. */
  images: string[];
  /** Every raw HTML tag or block. */
  html: string[];
  /** The text of every heading. */
  headings: string[];
  /** The rendered HTML (with raw HTML left as it is). */
  rendered: string;
}

function flatten(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => [token, ...flatten(token.children ?? [])]);
}

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tokens = parser.parse(markdown, {});
  const all = flatten(tokens);
  const headings: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') headings.push(tokens[i + 1]?.content ?? '');
  });
  return {
    links: all.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href') ?? '')),
    images: all.filter((t) => t.type === 'image').map((t) => String(t.attrGet('src') ?? '')),
    html: all.filter((t) => t.type === 'html_inline' || t.type === 'html_block').map((t) => t.content),
    headings,
    rendered: parser.render(markdown),
  };
}

/** The command id of each `command:` link ("command:a.b?args" → "a.b"); other links as they are. */
export function linkTargets(markdown: string): string[] {
  return renderMarkdown(markdown).links.map((href) => (href.startsWith('command:') ? href.slice('command:'.length).split('?')[0] : href));
}
