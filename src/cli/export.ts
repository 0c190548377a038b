// `sourcebook export FILE... --format timelinejs|csv|csl-json [--out DIR]`:
// the dossiers' events as a TimelineJS timeline, their actors, quotes and
// events as CSV tables, or their articles as CSL-JSON references.
//
// Without --out the result goes to stdout (CSV then needs --table). Exit
// status: 0 written; 1 a dossier could not be used (its problems on stderr;
// nothing is written); 2 bad usage.
import * as fs from 'fs';
import * as path from 'path';
import { CSV_TABLES, CsvTable, csvTable } from '../core/export/csv';
import { cslJsonItems } from '../core/export/cslJson';
import { timelineJs } from '../core/export/timelineJs';
import { Library } from '../core/library';
import { loadDossiers } from './dossierFiles';
import { CliOutput, terminal } from './terminalText';

const USAGE = 'usage: sourcebook export FILE... --format timelinejs|csv|csl-json [--out DIR] [--table actors|quotes|events]';
const FORMATS = ['timelinejs', 'csv', 'csl-json'] as const;
type Format = (typeof FORMATS)[number];

interface ExportArgs {
  files: string[];
  format: Format;
  out?: string;
  tables: CsvTable[];
}

export async function exportVerb(args: string[], io: CliOutput = terminal): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`sourcebook export: ${parsed}`);
    io.err(USAGE);
    return 2;
  }
  const loaded = await loadDossiers(parsed.files);
  for (const line of loaded.problems) io.err(line);
  if (loaded.problems.length) {
    io.err('sourcebook export: nothing written: fix the dossiers above first (sourcebook check shows every problem).');
    return 1;
  }
  const outputs = render(parsed, loaded.library, io);
  if (parsed.out === undefined) {
    for (const { text } of outputs) io.out(text);
    return 0;
  }
  fs.mkdirSync(parsed.out, { recursive: true });
  for (const { name, text } of outputs) {
    const file = path.join(parsed.out, name);
    fs.writeFileSync(file, text);
    io.err(`sourcebook export: wrote ${file}`);
  }
  return 0;
}

function render(args: ExportArgs, library: Library, io: CliOutput): { name: string; text: string }[] {
  switch (args.format) {
    case 'timelinejs': {
      const { timeline, undated } = timelineJs(library);
      if (undated) io.err(`sourcebook export: note: ${undated} undated event${undated === 1 ? '' : 's'} left out (TimelineJS places events by date).`);
      return [{ name: 'timeline.json', text: JSON.stringify(timeline, null, 2) + '\n' }];
    }
    case 'csv':
      return args.tables.map((table) => ({ name: `${table}.csv`, text: csvTable(table, library.dossiers) }));
    case 'csl-json':
      return [{ name: 'references.json', text: JSON.stringify(cslJsonItems(library.dossiers), null, 2) + '\n' }];
  }
}

function parseArgs(args: string[]): ExportArgs | string {
  const files: string[] = [];
  let format: Format | undefined;
  let out: string | undefined;
  let table: CsvTable | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (name === '--format') {
      const v = value();
      if (!FORMATS.includes(v as Format)) return `--format takes ${FORMATS.join(', ')}${v === undefined ? '' : `, not "${v}"`}.`;
      format = v as Format;
    } else if (name === '--out') {
      out = value();
      if (!out) return '--out needs a folder.';
    } else if (name === '--table') {
      const v = value();
      if (!CSV_TABLES.includes(v as CsvTable)) return `--table takes ${CSV_TABLES.join(', ')}${v === undefined ? '' : `, not "${v}"`}.`;
      table = v as CsvTable;
    } else if (arg.startsWith('-')) return `unknown option "${arg}".`;
    else files.push(arg);
  }
  if (files.length === 0) return 'which dossiers? Give one or more FILEs.';
  if (!format) return 'which format? Give --format timelinejs, csv or csl-json.';
  if (table && format !== 'csv') return '--table goes with --format csv.';
  if (format === 'csv' && out === undefined && !table) return 'CSV is three tables: give --out DIR, or --table actors|quotes|events to print one.';
  return { files, format, out, tables: table ? [table] : [...CSV_TABLES] };
}
