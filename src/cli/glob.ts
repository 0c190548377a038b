// File globs for the CLI (`--dossiers 'dossiers/**/*.dossier.yaml'`): `*` and
// `?` within a name, `**` across folders, `{a,b}` alternatives. Node 20 has no
// fs.glob, and this is all the CLI needs. A path without wildcards is itself.
import * as fs from 'fs';
import * as path from 'path';

const SKIPPED = new Set(['node_modules', '.git']);

export function globFiles(pattern: string, cwd = process.cwd()): string[] {
  const normalized = pattern.split(path.sep).join('/');
  if (!/[*?{]/.test(normalized)) {
    const file = path.resolve(cwd, normalized);
    return fs.existsSync(file) && fs.statSync(file).isFile() ? [file] : [];
  }
  const parts = normalized.split('/');
  const literal: string[] = [];
  while (parts.length > 1 && !/[*?{]/.test(parts[0])) literal.push(parts.shift()!);
  const root = path.resolve(cwd, literal.join('/') || '.');
  const matcher = globRegExp(parts.join('/'));
  const found: string[] = [];
  walk(root, '', (relative) => { if (matcher.test(relative)) found.push(path.join(root, relative)); });
  return found.sort();
}

function walk(root: string, relative: string, visit: (relative: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) { if (!SKIPPED.has(entry.name)) walk(root, child, visit); }
    else if (entry.isFile()) visit(child);
  }
}

export function globRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) { source += '\\{'; continue; }
      source += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
      i = close;
    } else source += escape(c);
  }
  return new RegExp(`^${source}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
