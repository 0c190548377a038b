// `sourcebook audit DRAFT... [--format md|csv|json] [--dossiers GLOB] [--strict] [--accents]`:
// the fact-check of drafts against the dossiers, as a gate for CI.
//
// Without --format it prints `file:line:column: message` for every quotation
// that is altered, wrongly attributed or wrongly sourced (errors), and for
// unsourced quotations and misspelt names (warnings). Exit status: 0 no
// errors; 1 errors (with --strict, warnings count too); 2 bad usage, a draft
// that cannot be read, or no dossier to check against.
import * as fs from 'fs';
import { auditDraft } from '../core/audit/auditDraft';
import { isFailing } from '../core/audit/model';
import { locator, reportLines } from '../core/audit/positions';
import { CSV_COLUMNS, csvRecords, csvText, renderReport, REPORT_FORMATS, ReportFormat, reportObject } from '../core/audit/render';
import { loadDossiers } from './dossierFiles';
import { CliOutput, terminal } from './terminalText';

const USAGE = 'usage: sourcebook audit DRAFT... [--format md|csv|json] [--dossiers GLOB] [--strict] [--accents]';
const DEFAULT_DOSSIERS = '**/*.dossier.yaml';
const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

interface AuditArgs {
  drafts: string[];
  format?: ReportFormat;
  dossiers: string[];
  strict: boolean;
  accents: boolean;
}

export async function auditVerb(args: string[], io: CliOutput = terminal): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`sourcebook audit: ${parsed}`);
    io.err(USAGE);
    return 2;
  }
  const { library, problems } = await loadDossiers(parsed.dossiers);
  for (const problem of problems) io.err(`sourcebook audit: warning: ${problem}`);
  if (library.isEmpty) {
    io.err(`sourcebook audit: no dossier found (${parsed.dossiers.join(', ')}); give them with --dossiers GLOB.`);
    return 2;
  }
  const drafts: Array<{ file: string; text: string }> = [];
  for (const file of parsed.drafts) {
    const text = readDraft(file);
    if (typeof text !== 'string') {
      io.err(`sourcebook audit: ${file}: ${text.problem}`);
      return 2;
    }
    drafts.push({ file, text });
  }
  let failed = false;
  const reports = drafts.map(({ file, text }) => {
    const report = auditDraft(text, library, { accents: parsed.accents });
    const lines = reportLines(report, parsed.strict);
    if (isFailing(report) || lines.some((l) => l.severity === 'error')) failed = true;
    return { file, text, report, lines };
  });
  if (parsed.format === 'json') {
    io.out(JSON.stringify(reports.map(({ file, text, report }) => reportObject(report, file, text)), null, 2) + '\n');
  } else if (parsed.format === 'csv') {
    io.out(csvText([CSV_COLUMNS, ...reports.flatMap(({ file, text, report }) => csvRecords(report, file, text))]));
  } else if (parsed.format === 'md') {
    io.out(reports.map(({ file, text, report }) => renderReport('md', report, file, text)).join('\n'));
  } else {
    for (const { file, text, lines } of reports) {
      const at = locator(text);
      for (const line of lines) {
        const { line: l, column } = at(line.start);
        io.out(`${file}:${l}:${column}: ${line.severity === 'warning' ? 'warning: ' : ''}${line.message}\n`);
      }
    }
  }
  return failed ? 1 : 0;
}

function parseArgs(args: string[]): AuditArgs | string {
  const parsed: AuditArgs = { drafts: [], dossiers: [], strict: false, accents: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--format') {
      const format = value();
      if (!format || !REPORT_FORMATS.includes(format as ReportFormat)) return `--format must be one of ${REPORT_FORMATS.join(', ')}.`;
      parsed.format = format as ReportFormat;
    } else if (flag === '--dossiers') {
      const glob = value();
      if (!glob) return '--dossiers needs a glob.';
      parsed.dossiers.push(glob);
    } else if (flag === '--strict') parsed.strict = true;
    else if (flag === '--accents') parsed.accents = true;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}".`;
    else parsed.drafts.push(arg);
  }
  if (!parsed.drafts.length) return 'audit needs one or more draft files.';
  if (!parsed.dossiers.length) parsed.dossiers.push(DEFAULT_DOSSIERS);
  return parsed;
}

function readDraft(file: string): string | { problem: string } {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { problem: 'not a regular file.' };
    if (stat.size > MAX_DRAFT_BYTES) return { problem: 'over 20 MB; not read.' };
    const text = fs.readFileSync(file, 'utf8');
    if (text.includes('\u0000')) return { problem: 'a binary file, not a draft.' };
    return text;
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file.' : `cannot be read (${(error as Error).message}).` };
  }
}
