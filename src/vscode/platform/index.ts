// What differs between VS Code's two extension hosts, chosen once at the entry
// point (extension.node.ts or extension.browser.ts) and handed to the features
// that need it. Everything else in src/vscode runs unchanged in both hosts.
//
// The browser entry runs in a web worker (vscode.dev, github.dev, a browser
// VS Code with a web extension host): no Node modules and no Node globals.
// test/unit/browserEntry.test.ts fails if anything it reaches uses them.

export interface Platform {
  /** 'node': desktop or remote extension host. 'web': the web worker extension host. */
  readonly kind: 'node' | 'web';
  /**
   * Resolves once everything already queued on the extension host (hover
   * requests, other extensions, cancellation) has had its turn. Long work
   * (extraction) pauses here between slices.
   */
  pause(): Promise<void>;
}
