// The fact-check of a draft: its quotations classified, the actors it names,
// and the totals a report starts with.
import { Library } from '../library';
import { findBlockQuotes } from './blockQuotes';
import { findQuotedPassages } from '../checks/quotedPassages';
import { auditQuotations } from './classifyQuotations';
import { AuditReport, QUOTATION_STATUSES, QuotationStatus } from './model';
import { auditNames, NameAuditOptions } from './namedActors';

export function auditDraft(text: string, library: Library, options: NameAuditOptions = { accents: false }): AuditReport {
  const quotations = auditQuotations(text, library);
  const quoted = [...findQuotedPassages(text), ...findBlockQuotes(text)];
  const actors = auditNames(text, library, quoted, options);
  const byStatus = Object.fromEntries(QUOTATION_STATUSES.map((s) => [s, 0])) as Record<QuotationStatus, number>;
  for (const q of quotations) byStatus[q.status]++;
  const problems = actors.flatMap((a) => a.problems);
  return {
    quotations,
    actors,
    totals: {
      quotations: quotations.length,
      byStatus,
      actors: actors.length,
      misspelt: problems.filter((p) => p.status !== 'role').length,
      roles: problems.filter((p) => p.status === 'role').length,
    },
  };
}
