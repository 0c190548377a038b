// `sourcebook extract FILE [--published YYYY-MM-DD] [--json]`: builds a
// dossier from an article and prints it, as YAML (format v1) or JSON.
//
// Exit status: 0 printed; 1 the article cannot be used (missing, unreadable,
// empty, binary, too large); 2 bad usage (no file, an unknown option, a bad
// date). Messages go to stderr, the dossier alone to stdout.
import * as fs from 'fs';
import * as path from 'path';
import { articleFields, fullDate, readArticle as readArticleText, today } from '../core/article';
import { isFullDate } from '../core/dates';
import { serializeDossier } from '../core/dossier/serialize';
import { extractDossier } from '../core/extract';
import { articleIdFor } from '../core/dossier/ids';
import { readRegularFile } from '../core/load/files';
import { nodeFiles } from './readFile';
import { CliOutput, terminal } from './terminalText';

const USAGE = 'usage: sourcebook extract FILE [--published YYYY-MM-DD] [--json]';
const MAX_BYTES = 20 * 1024 * 1024;

export async function extractVerb(args: string[], io: CliOutput = terminal): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`sourcebook extract: ${parsed}`);
    io.err(USAGE);
    return 2;
  }
  const read = await readArticle(parsed.file);
  if (read.problem !== undefined) {
    io.err(`sourcebook extract: ${parsed.file}: ${read.problem}`);
    return 1;
  }
  const article = readArticleText(parsed.file, read.text);
  if ('problem' in article) {
    io.err(`sourcebook extract: ${parsed.file}: ${article.problem}`);
    return 1;
  }
  const base = path.basename(parsed.file);
  // A saved page's body text is not a file yet: it goes inline, and the page is named as the source.
  const page = article.kind === 'html';
  const { dossier, publishedFrom } = extractDossier(article.extractFrom, {
    published: parsed.published ?? fullDate(article.metadata.published),
    article: { ...articleFields(article.metadata), accessed: today(), ...(page ? { source_file: base } : {}) },
    ...(page ? { inlineText: true } : { file: base }),
    id: articleIdFor(path.basename(parsed.file)),
  });
  if (!publishedFrom) io.err('sourcebook extract: note: no publication date given or printed; relative dates ("on Tuesday") are left unresolved. Give one with --published YYYY-MM-DD.');
  if (parsed.json) io.out(JSON.stringify(dossier, null, 2) + '\n');
  else io.out(serializeDossier(dossier, `Built by sourcebook extract from ${path.basename(parsed.file)}: a draft to review.\nSpeakers, actors and dates were read by a program; check them against the article.`));
  return 0;
}

interface ExtractArgs {
  file: string;
  published?: string;
  json: boolean;
}

function parseArgs(args: string[]): ExtractArgs | string {
  const files: string[] = [];
  let published: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--published' || arg.startsWith('--published=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value === undefined) return '--published needs a date, YYYY-MM-DD.';
      if (!isFullDate(value)) return `"${value}" is not a date; --published takes YYYY-MM-DD (for example 2022-08-09).`;
      published = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}".`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'which article? Give one FILE.' : 'give one article at a time.';
  return { file: files[0], published, json };
}

async function readArticle(file: string): Promise<{ text: string; problem?: undefined } | { problem: string }> {
  const read = await readRegularFile(nodeFiles, file, MAX_BYTES);
  if ('fault' in read) {
    switch (read.fault) {
      case 'missing': return { problem: 'no such file.' };
      case 'not-a-file': return { problem: fs.existsSync(file) && fs.statSync(file).isDirectory() ? 'is a folder, not an article.' : 'is not a regular file (a device, a pipe or a link to one); it was not read.' };
      case 'too-large': return { problem: `is ${((read.size ?? 0) / 1048576).toFixed(1)} MB; articles up to ${MAX_BYTES / 1048576} MB are read.` };
      case 'unreadable': return { problem: `cannot be read (${read.reason}).` };
    }
  }
  const bytes = read.bytes;
  if (looksBinary(bytes)) return { problem: 'looks like a binary file, not text. Give a plain text or Markdown article, or a saved web page.' };
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') return { problem: 'is empty: there is no article to read.' };
  return { text };
}

/** NUL bytes, or many bytes that are not UTF-8, mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const decoded = new TextDecoder('utf-8').decode(head);
  const replacements = decoded.split('\uFFFD').length - 1;
  return replacements > 8 && replacements > decoded.length / 100;
}
