// Dossier text shown outside a Markdown hover: notification and status-bar
// messages, progress titles, QuickPick items, tree labels. VS Code reads two
// kinds of syntax there: `[label](command:…)` (a notification turns it into a
// link opened with commands allowed) and `$(icon)`. Neither may come from a
// dossier, so both are broken with an invisible joiner (U+2060 WORD JOINER):
// the text reads the same, and no surface parses it as syntax.

const JOINER = '\u2060';

/**
 * The text with link syntax (`](`, `<scheme:`), scheme prefixes VS Code opens
 * (`command:`, `file:`, `vscode:`, `http(s):` …) and icon syntax (`$(`)
 * broken, so it shows as the characters it is made of. Idempotent.
 */
export function inertText(text: string): string {
  return text
    .replace(/\]\s*\(/g, (m) => `]${JOINER}${m.slice(1)}`)
    .replace(/\$\(/g, `$${JOINER}(`)
    .replace(/\b([a-z][a-z0-9+.-]*):/gi, (m, scheme: string) => (LINK_SCHEMES.test(scheme) ? `${scheme}${JOINER}:` : m));
}

/** Schemes a message link or linkifier acts on. */
const LINK_SCHEMES = /^(command|file|vscode|vscode-[a-z-]+|https?|ftp|mailto|data|javascript|untitled)$/i;
