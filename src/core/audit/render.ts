// A fact-check report as Markdown (the sheet an editor reads), CSV (RFC 4180,
// for a spreadsheet) and JSON (for tools). Draft and dossier text is data:
// escaped in Markdown, and a CSV cell that a spreadsheet would read as a
// formula is neutralised. Links are the caller's (file or command URIs).
import { AuditedActor, AuditedQuotation, AuditReport, FAILING_STATUSES, QuotationStatus, SourceRef } from './model';
import { locator, Position } from './positions';

export type ReportFormat = 'md' | 'csv' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'csv', 'json'];

export interface ReportLinks {
  /** A link to the draft's words `[start, end)`, which begin at `position`. */
  draft?(position: Position, start: number, end: number): string;
  /** A link that reveals the source passage. */
  source?(source: SourceRef): string;
}

export const STATUS_LABELS: Record<QuotationStatus, string> = {
  verified: 'verified',
  altered: 'altered',
  'wrong-speaker': 'wrong speaker',
  'wrong-source': 'wrong source',
  unsourced: 'not in any source',
  term: 'term',
};


export function renderReport(format: ReportFormat, report: AuditReport, draftName: string, draftText: string, links: ReportLinks = {}): string {
  switch (format) {
    case 'md': return renderMarkdown(report, draftName, draftText, links);
    case 'csv': return csvText([CSV_COLUMNS, ...csvRecords(report, draftName, draftText)]);
    case 'json': return JSON.stringify(reportObject(report, draftName, draftText), null, 2) + '\n';
  }
}

export function totalsLine(report: AuditReport): string {
  const { totals } = report;
  const statuses = (Object.keys(STATUS_LABELS) as QuotationStatus[]).map((s) => `${totals.byStatus[s]} ${STATUS_LABELS[s]}`);
  return `${totals.quotations} quotations: ${statuses.join(', ')}. ${totals.actors} actors named: ${totals.misspelt} misspelt, ${totals.roles} with a role the dossier contradicts.`;
}

/**
 * Inline Markdown of untrusted text inside a table cell (never at a line's
 * start): one line, inline syntax, HTML, entities and pipes escaped, `$(icon)` inert.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_{}[\]()<>|~&!$]/g, '\\$&');
}

function link(label: string, target: string | undefined): string {
  return target ? `[${label}](<${target.replace(/[<>\s]/g, encodeURIComponent)}>)` : label;
}

function renderMarkdown(report: AuditReport, draftName: string, text: string, links: ReportLinks): string {
  const at = locator(text);
  const out: string[] = [`# Fact-check: ${escapeMarkdown(draftName)}`, '', `**${escapeMarkdown(totalsLine(report))}**`, ''];
  out.push('## Quotations', '');
  if (!report.quotations.length) out.push('The draft quotes no one.', '');
  else {
    out.push('| Line | Status | Quotation | Source | Notes |', '|---|---|---|---|---|');
    for (const q of report.quotations) out.push(quotationRow(q, at(q.start), links));
    out.push('');
  }
  out.push('## Actors named', '');
  if (!report.actors.length) out.push('The draft names no actor of the dossiers.', '');
  else {
    out.push('| Actor | Kind | Mentions | First | Spelling and role |', '|---|---|---|---|---|');
    for (const a of report.actors) out.push(actorRow(a, at, links));
    out.push('');
  }
  return out.join('\n');
}

function quotationRow(q: AuditedQuotation, position: Position, links: ReportLinks): string {
  const where = link(`${position.line}:${position.column}`, links.draft?.(position, q.start, q.end));
  // What fails the gate stands out in bold; words rather than emoji, which not every font has.
  const label = `${STATUS_LABELS[q.status]}${q.block ? ' (block)' : ''}`;
  const status = FAILING_STATUSES.has(q.status) ? `**${label}**` : q.status === 'unsourced' ? `*${label}*` : label;
  const source = q.source
    ? link(escapeMarkdown(`${q.source.speakerName ?? 'unattributed'}, ${q.source.articleId}`), links.source?.(q.source))
    : '—';
  return `| ${where} | ${status} | “${escapeMarkdown(shorten(q.words, 140))}” | ${source} | ${escapeMarkdown(q.message)} |`;
}

function actorRow(a: AuditedActor, at: (offset: number) => Position, links: ReportLinks): string {
  const first = at(a.first.start);
  const where = link(`${first.line}:${first.column}`, links.draft?.(first, a.first.start, a.first.end));
  const problems = a.problems.length
    ? a.problems.map((p) => { const pos = at(p.start); return `${link(`${pos.line}:${pos.column}`, links.draft?.(pos, p.start, p.end))} ${escapeMarkdown(p.message)}`; }).join('<br>')
    : 'as the dossier spells it';
  return `| ${escapeMarkdown(a.name)} | ${a.kind} | ${a.mentions} | ${where} | ${problems} |`;
}

function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export const CSV_COLUMNS = ['file', 'line', 'column', 'row', 'status', 'words', 'speaker', 'article', 'quote', 'citation', 'message'];

/** RFC 4180: CRLF between records, a field quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  // A spreadsheet runs a cell starting with these as a formula.
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvRecord = Array<string | number | undefined>;

export function csvText(records: readonly CsvRecord[]): string {
  return records.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One record per quotation and per actor (one per problem of it). */
export function csvRecords(report: AuditReport, draftName: string, text: string): CsvRecord[] {
  const at = locator(text);
  const records: CsvRecord[] = [];
  for (const q of report.quotations) {
    const { line, column } = at(q.start);
    records.push([draftName, line, column, q.block ? 'block quote' : 'quotation', STATUS_LABELS[q.status], q.words, q.source?.speakerName, q.source?.articleId, q.source?.quoteId, q.citation?.written, q.message]);
  }
  for (const a of report.actors) {
    const problems = a.problems.length ? a.problems : [undefined];
    for (const p of problems) {
      const { line, column } = at(p ? p.start : a.first.start);
      records.push([draftName, line, column, 'actor', p ? p.status : 'named', p ? p.written : a.name, a.name, undefined, undefined, undefined, p ? p.message : `${a.mentions} mentions`]);
    }
  }
  return records;
}

/** The report as JSON data, every row with its line and column. */
export function reportObject(report: AuditReport, draftName: string, text: string): object {
  const at = locator(text);
  return {
    file: draftName,
    totals: report.totals,
    quotations: report.quotations.map((q) => ({ ...at(q.start), ...q })),
    actors: report.actors.map((a) => ({ ...at(a.first.start), ...a, problems: a.problems.map((p) => ({ ...at(p.start), ...p })) })),
  };
}
