// The `sourcebook.checks.*` settings, read in one place.
import * as vscode from 'vscode';

export interface CheckSettings {
  languages: string[];
  /** Undefined when quote checks are off. */
  quoteSeverity?: vscode.DiagnosticSeverity;
  spelling: boolean;
  accents: boolean;
  firstMentionWithRole: boolean;
}

const SEVERITIES: Record<string, vscode.DiagnosticSeverity | undefined> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
  off: undefined,
};

export function readCheckSettings(): CheckSettings {
  const config = vscode.workspace.getConfiguration('sourcebook.checks');
  const severity = config.get<string>('quoteSeverity', 'warning');
  return {
    languages: config.get<string[]>('languages', ['markdown', 'plaintext', 'latex']),
    quoteSeverity: severity in SEVERITIES ? SEVERITIES[severity] : vscode.DiagnosticSeverity.Warning,
    spelling: config.get<boolean>('spelling', true),
    accents: config.get<boolean>('accents', false),
    firstMentionWithRole: config.get<boolean>('firstMentionWithRole', false),
  };
}
