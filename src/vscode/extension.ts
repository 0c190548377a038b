// The shared part of both entry points (extension.node.ts for the Node host,
// extension.browser.ts for the web worker host): builds the dossier library,
// then hands it to each feature. Every feature lives in its own folder and
// receives what it needs here; a new feature is one line below, in both hosts.
import * as vscode from 'vscode';
import { Library } from '../core/library';
import type { Platform } from './platform';
import { DossierLibrary } from './library/dossierLibrary';
import { disposeLog } from './library/log';
// feature imports (one line per feature)
import { registerChecks } from './checks';
import { registerInsertQuote } from './insertQuote';
import { registerTrees, SidebarTrees } from './tree';
import { registerArticleView } from './article';
import { registerHover } from './hover';
import { registerCreateDossier } from './createDossier';
import { registerTimeline, TimelinePanel } from './timeline';
import { registerExports } from './export';
import { registerClipboardArticle } from './clipboardArticle';
import { registerCitationDetails } from './citationDetails';
import { registerReview } from './review';
import { registerAudit } from './audit';
import { CoverageView, registerCoverage } from './coverage';

export async function activateSourcebook(context: vscode.ExtensionContext, platform: Platform): Promise<SourcebookApi> {
  const started = performance.now();
  const library = new DossierLibrary(context.extensionUri);
  context.subscriptions.push(
    { dispose: disposeLog },
    library,
    vscode.commands.registerCommand('sourcebook.refresh', () => library.reload()),
  );
  // feature registrations (one line per feature)
  registerChecks(context, library);
  registerInsertQuote(context, library);
  const sidebar = registerTrees(context, library, platform);
  registerArticleView(context, library);
  registerHover(context, library);
  registerCreateDossier(context, platform);
  registerTimeline(context, library);
  registerExports(context, library);
  registerClipboardArticle(context);
  registerCitationDetails(context, library);
  registerReview(context, library, sidebar);
  registerAudit(context, library);
  const coverage = registerCoverage(context, library);

  // Loading runs in the background: activation returns at once, and the
  // features update when the library changes.
  const firstLoad = library.ready.then(() => performance.now() - started);
  const api: SourcebookApi = {
    activationMs: () => firstLoad,
    library: () => library.current,
    ready: () => library.ready,
    onDidChangeLibrary: library.onDidChange,
    sidebar,
    timeline: () => TimelinePanel.shown,
    platform: platform.kind,
    coverage,
  };
  return api;
}

/** What `activate` returns: read by the integration tests and the benchmark. */
export interface SourcebookApi {
  /** Milliseconds from `activate()` to the first library load (views registered before). */
  activationMs(): Promise<number>;
  library(): Library;
  /** Resolves when the latest (re)load has finished. */
  ready(): Promise<void>;
  onDidChangeLibrary: vscode.Event<Library>;
  /** The Actors, Events and Quotes trees (views and providers), for the integration tests. */
  sidebar: SidebarTrees;
  /** The timeline panel, when one is open. */
  timeline(): TimelinePanel | undefined;
  /** Which entry point activated the extension: 'node' (main) or 'web' (browser, a web worker). */
  platform: Platform['kind'];
  /** The Coverage view, for the integration tests. */
  coverage: CoverageView;
}
