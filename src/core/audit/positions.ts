// Rows of a report located in the draft: 1-based line and column, counted as
// `sourcebook check` and VS Code count them (LF, CRLF or CR ends a line; a
// column is a UTF-16 code unit, so a tab is one and an emoji two).
import { LineMap } from '../dossier/problems';
import { AuditReport } from './model';

export type Position = { line: number; column: number };

export function locator(text: string): (offset: number) => Position {
  const lines = new LineMap(text);
  return (offset) => lines.position(offset);
}

export type ReportLine = { severity: 'error' | 'warning'; start: number; message: string };

/** What the gate prints, in draft order: failing quotations as errors, the rest of what needs a look as warnings. */
export function reportLines(report: AuditReport, strict: boolean): ReportLine[] {
  const lines: ReportLine[] = [];
  for (const q of report.quotations) {
    if (q.status === 'verified' || q.status === 'term') continue;
    lines.push({ severity: q.status === 'unsourced' && !strict ? 'warning' : 'error', start: q.start, message: q.message });
  }
  for (const actor of report.actors) {
    for (const p of actor.problems) lines.push({ severity: strict ? 'error' : 'warning', start: p.start, message: p.message });
  }
  return lines.sort((a, b) => a.start - b.start);
}
