// Markdown building blocks for hover cards. Pure (no `vscode` import), so the
// card can be unit-tested in Node. Dossier text only ever enters a card through
// `escapeText`: a role or quote holding Markdown, HTML, links or `$(icons)`
// shows as the characters it is made of.

/** Characters that start Markdown syntax (or an HTML tag or entity) in a line of text. */
const MARKDOWN_SYNTAX = /[\\`*_{}[\]<>#+\-.!|~&]/g;

/**
 * Dossier text as inert Markdown: collapsed to one line, every syntax
 * character backslash-escaped, and `$(icon)` written the way VS Code's own
 * `MarkdownString.appendText` escapes it (`\$(icon)`).
 */
export function escapeText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN_SYNTAX, '\\$&')
    .replace(/\$\(/g, '\\$(')
    // The renderer autolinks `https://…` and `ftp://…` in plain text: an escaped colon is no scheme.
    .replace(/:(?=\/\/)/g, '\\:');
}

/** A theme icon (`$(person)`); ids are ours, never from a dossier. */
export function icon(id: string): string {
  return `$(${id})`;
}

/**
 * A link that runs one of our commands with JSON arguments, as VS Code
 * expects in a trusted MarkdownString (`command:id?encoded-json-array`).
 * Label and tooltip are ours, never dossier text.
 */
export function commandLink(label: string, command: string, args: readonly unknown[], tooltip: string): string {
  const query = encodeURIComponent(JSON.stringify(args));
  return `[${label}](command:${command}?${query} "${tooltip.replace(/["\\]/g, '\\$&')}")`;
}

/** Shortens long text at a word boundary, marking the cut with an ellipsis. */
export function shorten(text: string, maxLength: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= maxLength) return oneLine;
  const cut = oneLine.lastIndexOf(' ', maxLength - 1);
  return `${oneLine.slice(0, cut > maxLength / 2 ? cut : maxLength - 1).replace(/[\s,;:]+$/, '')}…`;
}
