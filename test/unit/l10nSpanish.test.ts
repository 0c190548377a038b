// The Spanish translation (package.nls.es.json, l10n/bundle.l10n.es.json):
// every entry translates a string that exists, and keeps what VS Code or the
// extension fills in or follows: {0} placeholders, command links, setting
// references and code spans. (A string without a Spanish entry shows in English.)
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readRepoFile, ROOT } from './helpers';

const json = (file: string): Record<string, string> => JSON.parse(readRepoFile(file));

/**
 * The literal first arguments of `l10n.t(...)` under src/vscode and src/core
 * (the words trees and hover cards share are built in the core from a
 * Localizer; `npm run l10n` finds only `vscode.l10n.t` calls).
 */
function codeStrings(folder = path.join(ROOT, 'src')): Set<string> {
  const found = new Set<string>();
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) codeStrings(full).forEach((s) => found.add(s));
    else if (entry.name.endsWith('.ts')) {
      for (const m of fs.readFileSync(full, 'utf8').matchAll(/l10n\.t\(\s*'((?:\\.|[^'\\])*)'/g)) found.add(JSON.parse(`"${m[1].replace(/\\'/g, "'").replace(/"/g, '\\"')}"`));
    }
  }
  return found;
}

/** What a translation must keep, in order-insensitive form. */
function kept(text: string): string[] {
  return [...text.matchAll(/\{\d+\}|\(command:[^)]*\)|#[\w.]+#|`[^`]*`/g)].map((m) => m[0]).sort();
}

describe('the Spanish translation', () => {
  it('translates manifest keys that exist, keeping command links, setting references and identifiers', () => {
    const en = json('package.nls.json');
    const es = json('package.nls.es.json');
    assert.deepStrictEqual(Object.keys(es).filter((key) => !(key in en)), [], 'keys unknown to package.nls.json');
    for (const [key, text] of Object.entries(es)) assert.deepStrictEqual(kept(text), kept(en[key]), key);
    assert.ok(Object.keys(es).length > 50);
  });

  it('translates extension strings that exist in the code or the English bundle, keeping their placeholders', () => {
    const known = new Set([...Object.keys(json('l10n/bundle.l10n.json')), ...codeStrings()]);
    const es = json('l10n/bundle.l10n.es.json');
    assert.deepStrictEqual(Object.keys(es).filter((key) => !known.has(key)), [], 'keys that are no string of the extension');
    for (const [key, text] of Object.entries(es)) assert.deepStrictEqual(kept(text), kept(key), key);
    assert.ok(es['Insert quote'] && es['People'], 'the hover card and the trees are translated');
  });
});
