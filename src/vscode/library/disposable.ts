// One base for classes that own listeners, emitters and watchers: what they
// register is disposed once, last registered first, and anything registered
// after disposal is disposed at once (a late async callback cannot leak).
import * as vscode from 'vscode';

export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  /** Takes ownership of `disposables`; returns the first, for `this.x = this.register(…)`. */
  protected register<T extends vscode.Disposable>(first: T, ...more: vscode.Disposable[]): T {
    for (const disposable of [first, ...more]) {
      if (this.disposed) disposable.dispose();
      else this.owned.push(disposable);
    }
    return first;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const disposable of this.owned.splice(0).reverse()) disposable.dispose();
  }
}
