// Arguments of the review commands: a plain object from a test or keybinding,
// a tree row (a ViewNode), or a URI from an editor context menu.
import * as vscode from 'vscode';
import { EditPlan } from '../../core/dossier/edits';
import { ViewNode } from '../../core/views/nodes';

/** The argument as a plain request object; undefined for a tree row, a URI or nothing. */
export function argsOf<T extends object>(arg: unknown): T | undefined {
  if (!arg || typeof arg !== 'object' || arg instanceof vscode.Uri || 'type' in arg) return undefined;
  return arg as T;
}

export function rowOf(arg: unknown): ViewNode | undefined {
  return arg && typeof arg === 'object' && 'type' in arg && !(arg instanceof vscode.Uri) ? (arg as ViewNode) : undefined;
}

/** A second plan made on the first one's result, as one edit of the original text (one undo step). */
export function combined(original: string, second: EditPlan): EditPlan {
  if (!second.ok) return second;
  let start = 0;
  const after = second.text;
  while (start < original.length && start < after.length && original.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < original.length - start && end < after.length - start && original.charCodeAt(original.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { ok: true, text: after, id: second.id, edits: [{ offset: start, length: original.length - start - end, newText: after.slice(start, after.length - end) }] };
}
