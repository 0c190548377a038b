// The publication date: given by the caller, printed in the article, or asked
// for. Escape leaves it empty, and relative dates then stay unresolved.
import * as vscode from 'vscode';
import { isValidPartialDate } from '../../core/dates';
import { findPublicationDate } from '../../core/extract';

/** The date to use, or undefined to leave it empty. `given`: a date, or null for "none, do not ask". */
export async function publicationDateFor(text: string, given: string | null | undefined): Promise<string | undefined> {
  if (given !== undefined) return given ?? undefined;
  const printed = findPublicationDate(text);
  if (printed) return printed;
  const answer = await vscode.window.showInputBox({
    title: vscode.l10n.t('Publication date of the article'),
    prompt: vscode.l10n.t('The article prints no date. Give it to resolve "on Tuesday" or "last Sunday"; press Escape to leave it empty.'),
    placeHolder: vscode.l10n.t('YYYY-MM-DD'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' || isFullDate(value.trim()) ? undefined : vscode.l10n.t('A date as YYYY-MM-DD, for example 2022-08-09.')),
  });
  return answer?.trim() || undefined;
}

export function isFullDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidPartialDate(value);
}
