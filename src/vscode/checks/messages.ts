// What the writer reads in the Problems panel and the light bulb, for each
// kind of finding. Dossier text is quoted, never interpreted.
import * as vscode from 'vscode';
import { DraftFinding } from '../../core/checks/checkDraft';
import { inertText } from '../../core/display/inertText';
import { QuoteDifference } from '../../core/checks/quoteIntegrity';
import { LibraryQuote } from '../../core/library';

const MAX_LISTED_DIFFERENCES = 3;
const MAX_QUOTED_LENGTH = 60;
const MAX_TITLE_LENGTH = 20;

export function findingMessage(finding: DraftFinding): string {
  switch (finding.kind) {
    case 'misquote': {
      const listed = finding.differences.slice(0, MAX_LISTED_DIFFERENCES).map(describeDifference).join('; ');
      const more = finding.differences.length - MAX_LISTED_DIFFERENCES;
      const differences = more > 0 ? vscode.l10n.t('{0}; and {1} more', listed, more) : listed;
      const speaker = finding.quote.speaker?.name;
      return speaker
        ? vscode.l10n.t("Differs from {0}'s words in '{1}': {2}", speaker, shortTitle(finding.quote), differences)
        : vscode.l10n.t("Differs from the words quoted in '{0}': {1}", shortTitle(finding.quote), differences);
    }
    case 'misattribution':
      return vscode.l10n.t("The source attributes this to {0} ('{1}'), not to {2}", finding.quote.speaker?.name ?? '', shortTitle(finding.quote), finding.named.map((a) => a.name).join(', '));
    case 'misspelling':
      return vscode.l10n.t("'{0}' looks like a misspelling of {1}: the dossier spells it '{2}'", finding.written, finding.actor.name, finding.spelling);
    case 'accent':
      return vscode.l10n.t("'{0}': the dossier spells {1} with accents, '{2}'", finding.written, finding.actor.name, finding.spelling);
  }
}

export function fixTitle(finding: DraftFinding): string | undefined {
  switch (finding.kind) {
    case 'misquote':
      return vscode.l10n.t("Restore {0}'s exact words", inertText(finding.quote.speaker?.name ?? vscode.l10n.t('the source')));
    case 'misspelling':
    case 'accent':
      return vscode.l10n.t("Change to '{0}'", inertText(finding.spelling));
    default:
      return undefined;
  }
}

function describeDifference(difference: QuoteDifference): string {
  const context = difference.before && difference.kind === 'changed' && wordCount(difference.written) <= 2 ? `${difference.before} ` : '';
  switch (difference.kind) {
    case 'changed':
      return `'${shorten(context + difference.written)}' → '${shorten(context + difference.source)}'`;
    case 'added':
      return vscode.l10n.t("adds '{0}'", shorten(difference.written));
    case 'omitted':
      return vscode.l10n.t("leaves out '{0}' without an ellipsis", shorten(difference.source));
  }
}

/** The article's title cut to a few words: "Caracas takes steps…". */
function shortTitle(quote: LibraryQuote): string {
  const title = quote.dossier.dossier.article.title ?? quote.dossier.dossier.article.id;
  if (title.length <= MAX_TITLE_LENGTH) return title;
  let cut = title.lastIndexOf(' ', MAX_TITLE_LENGTH);
  if (cut <= 0) cut = MAX_TITLE_LENGTH;
  return `${title.slice(0, cut)}…`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= MAX_QUOTED_LENGTH) return flat;
  const half = Math.floor((MAX_QUOTED_LENGTH - 1) / 2);
  return `${flat.slice(0, half)}…${flat.slice(flat.length - half)}`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
