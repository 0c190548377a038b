// The marker on a row to check: a warning icon and the words of what to check
// in front of the description ("check speaker").
import * as vscode from 'vscode';
import { CheckMark, checkMarkOf } from '../../core/views/reviewMarks';
import { ViewNode } from '../../core/views/nodes';

export function checkMarkText(mark: CheckMark): string {
  switch (mark) {
    case 'speaker': return vscode.l10n.t('check speaker');
    case 'actor': return vscode.l10n.t('check actor');
    case 'date': return vscode.l10n.t('check date');
  }
}

/** Marks `item` when its row is to check; leaves it as it is otherwise. */
export function markToCheck(item: vscode.TreeItem, node: ViewNode): vscode.TreeItem {
  const mark = checkMarkOf(node);
  if (!mark) return item;
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.description = [checkMarkText(mark), typeof item.description === 'string' ? item.description : ''].filter(Boolean).join(' · ');
  return item;
}
