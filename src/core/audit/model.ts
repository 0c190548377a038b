// What a fact-check of a draft finds: one row per quotation and one per actor
// the draft names, with totals. Plain data (keys and names, no library
// objects), so a report renders it and the CLI prints it as JSON as is.
import { QuoteDifference, TextEdit } from '../checks/quoteIntegrity';
import { ActorKind } from '../model';

export type QuotationStatus = 'verified' | 'altered' | 'wrong-speaker' | 'wrong-source' | 'unsourced' | 'term';
export const QUOTATION_STATUSES: readonly QuotationStatus[] = ['verified', 'altered', 'wrong-speaker', 'wrong-source', 'unsourced', 'term'];

/** Statuses that fail the gate: the draft says something its sources do not. */
export const FAILING_STATUSES: ReadonlySet<QuotationStatus> = new Set(['altered', 'wrong-speaker', 'wrong-source']);

export interface SourceRef {
  /** Library key, "article-id/quote-id". */
  quoteKey: string;
  quoteId: string;
  articleId: string;
  articleTitle?: string;
  /** The dossier's URI string: picks the dossier when article ids repeat. */
  dossierSource: string;
  speakerKey?: string;
  speakerName?: string;
  /** The source's words. */
  text: string;
}

export interface CitationRef {
  /** As written: "[^caracas-bogota-2022]", "[@key, para. 3]", "\cite{key}", "(… 2022)". */
  written: string;
  start: number;
  end: number;
  /** The article the citation resolves to; undefined when no dossier holds it. */
  articleId?: string;
}

export interface AuditedQuotation {
  status: QuotationStatus;
  /** The quoted words, `[start, end)` in the draft. */
  start: number;
  end: number;
  /** A block quote rather than words in quotation marks. */
  block: boolean;
  words: string;
  wordCount: number;
  /** The source quote it reproduces (exactly or nearly); for a term, the dossier's term when there is one. */
  source?: SourceRef;
  /** For `altered`: what differs, as the quick fix restores it. */
  differences?: QuoteDifference[];
  fix?: TextEdit[];
  /** For `wrong-speaker`: whom the draft credits. */
  namedInstead?: string[];
  citation?: CitationRef;
  /** Also wrong, besides the status (an altered quote may be misattributed too). */
  alsoWrong?: QuotationStatus[];
  message: string;
}

export type NameStatus = 'misspelt' | 'accent' | 'role';

export interface NameProblem {
  status: NameStatus;
  start: number;
  end: number;
  written: string;
  /** For a spelling: the dossier's. For a role: the dossier's role. */
  expected: string;
  message: string;
}

export interface AuditedActor {
  actorKey: string;
  name: string;
  kind: ActorKind;
  role?: string;
  /** Mentions outside quotations (spelt as the dossier spells a form of the name). */
  mentions: number;
  /** First mention in the draft (or first problem when misspelt only). */
  first: { start: number; end: number };
  problems: NameProblem[];
}

export interface AuditTotals {
  quotations: number;
  byStatus: Record<QuotationStatus, number>;
  actors: number;
  misspelt: number;
  roles: number;
}

export interface AuditReport {
  quotations: AuditedQuotation[];
  actors: AuditedActor[];
  totals: AuditTotals;
}

export function isFailing(report: AuditReport): boolean {
  return report.quotations.some((q) => FAILING_STATUSES.has(q.status) || (q.alsoWrong ?? []).some((s) => FAILING_STATUSES.has(s)));
}
