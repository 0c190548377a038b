// Where a dossier's `file:` article is, and whether Sourcebook may read it:
// one rule for the extension (the dossier's workspace folder) and the CLI
// (the directory it was run in, or --root). A dossier is data from anyone;
// letting it name /etc/passwd or ../../secrets would make `check` an oracle
// for their contents. Pure: paths are '/'-separated strings.

export type ArticlePath = { path: string } | { outside: string };

/**
 * Resolves `file` (relative to the dossier's folder, or absolute) and keeps
 * it only if it lies within `root`; `root` undefined allows any path.
 */
export function resolveArticlePath(dossierPath: string, file: string, root: string | undefined): ArticlePath {
  const named = file.replace(/\\/g, '/');
  const absolute = named.startsWith('/') || /^[A-Za-z]:\//.test(named);
  const resolved = normalizePath(absolute ? named : `${parentOf(dossierPath)}/${named}`);
  if (root === undefined || isWithin(resolved, root)) return { path: resolved };
  return { outside: resolved };
}

/** Whether `path` is `root` or lies under it (both normalized first). */
export function isWithin(path: string, root: string): boolean {
  const inner = normalizePath(path);
  const outer = normalizePath(root).replace(/\/$/, '');
  return inner === outer || inner.startsWith(`${outer}/`) || outer === '';
}

/** Removes `.` and empty segments and applies `..` (never above the top). */
export function normalizePath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const lead = slashed.match(/^(\/|[A-Za-z]:\/)?/)![0];
  const parts: string[] = [];
  for (const part of slashed.slice(lead.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return lead + parts.join('/');
}

function parentOf(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const cut = slashed.lastIndexOf('/');
  return cut <= 0 ? (cut === 0 ? '/' : '.') : slashed.slice(0, cut);
}

/** The problem shown on the `file:` line. */
export function outsideMessage(named: string, rootDescription: string): string {
  return `The article "${named}" is outside ${rootDescription}; it was not read (a dossier may only name articles within it).`;
}
