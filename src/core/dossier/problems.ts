// A problem found in a dossier, positioned for the Problems panel and the CLI.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  message: string;
  /** Character offsets into the dossier text. */
  start: number;
  end: number;
  /** 1-based, for `file:line:column` output. */
  line: number;
  column: number;
}

/** Turns offsets into 1-based lines and columns, counting lines as VS Code does (LF, CRLF or a lone CR). */
export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
}

/** `file:line:column: message`, the form editors and CI logs link to; warnings say so. */
export function formatProblem(file: string, problem: Problem): string {
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${problem.line}:${problem.column}: ${label}${problem.message}`;
}

export function sizeLimitMessage(bytes: number, maxBytes: number): string {
  // Sizes that round alike ("5.0 MB, over 5.0 MB") are said in bytes.
  const excess = bytes - maxBytes;
  const size = formatMB(bytes) === formatMB(maxBytes) ? `${formatBytes(bytes)}, ${excess === 1 ? '1 byte' : formatBytes(excess)}` : `${formatMB(bytes)},`;
  return `This dossier is ${size} over the size limit of ${formatMB(maxBytes)} (setting sourcebook.maxDossierSizeMB); it was not read.`;
}

/** Articles are read whole; past this size a dossier's `file:` is refused (a 5 MB article is large). */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

export type ArticleFault = 'missing' | 'not-a-file' | 'too-large';

/** Why the article named by a dossier's `file:` was not read, for a problem on that line. */
export function articleProblem(file: string, fault: ArticleFault): string {
  switch (fault) {
    case 'missing': return `The article file "${file}" was not found beside this dossier.`;
    case 'not-a-file': return `The article "${file}" is not a regular file; it was not read.`;
    case 'too-large': return `The article file "${file}" is over ${formatMB(MAX_ARTICLE_BYTES)}; it was not read.`;
  }
}

function formatBytes(bytes: number): string {
  return `${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`;
}

function formatMB(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(mb < 0.1 ? 3 : 1)} MB`;
}
