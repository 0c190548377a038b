// The sidebar's "only items to check" toggle: remembered per workspace, shown
// in the title bars through a context key, followed by the three trees.
import * as vscode from 'vscode';
import { Disposable } from '../library/disposable';

export const ONLY_TO_CHECK_CONTEXT_KEY = 'sourcebook.onlyToCheck';
const STATE_KEY = 'sourcebook.onlyToCheck';

export class ReviewFilter extends Disposable {
  private enabled: boolean;
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {
    super();
    this.enabled = state.get<boolean>(STATE_KEY, false);
    void vscode.commands.executeCommand('setContext', ONLY_TO_CHECK_CONTEXT_KEY, this.enabled);
  }

  get onlyToCheck(): boolean {
    return this.enabled;
  }

  async setOnlyToCheck(enabled: boolean): Promise<void> {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    await this.state.update(STATE_KEY, enabled);
    await vscode.commands.executeCommand('setContext', ONLY_TO_CHECK_CONTEXT_KEY, enabled);
    this.changed.fire();
  }
}
