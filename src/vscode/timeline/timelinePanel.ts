// The timeline webview panel: one per window, restored after a reload by its
// serializer, redrawn when the library changes. The webview only draws; the
// data (src/core/timeline) and every reveal go through here.
import * as vscode from 'vscode';
import { buildTimeline } from '../../core/timeline/timeline';
import { DossierLibrary } from '../library/dossierLibrary';
import { Disposable } from '../library/disposable';
import type { FromWebview, TimelineLabels, ToWebview } from './webview/protocol';

export const TIMELINE_VIEW_TYPE = 'sourcebook.timeline';

export interface RenderReport {
  events: number;
  lanes: number;
  undated: number;
  laneMode: string;
  ms: number;
}

export class TimelinePanel extends Disposable {
  private static current: TimelinePanel | undefined;
  private readonly renderEmitter = this.register(new vscode.EventEmitter<RenderReport>());
  /** Fires each time the webview has drawn the data (tests and the benchmark read it). */
  readonly onDidRender = this.renderEmitter.event;
  lastRender: RenderReport | undefined;
  private ready = false;

  static show(extensionUri: vscode.Uri, library: DossierLibrary): TimelinePanel {
    if (TimelinePanel.current) {
      TimelinePanel.current.panel.reveal();
      return TimelinePanel.current;
    }
    const panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, vscode.l10n.t('Sourcebook Timeline'), vscode.ViewColumn.Active, webviewOptions(extensionUri));
    return (TimelinePanel.current = new TimelinePanel(panel, extensionUri, library));
  }

  /** The panel VS Code restores after a window reload. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, library: DossierLibrary): TimelinePanel {
    TimelinePanel.current?.dispose();
    panel.webview.options = webviewOptions(extensionUri);
    return (TimelinePanel.current = new TimelinePanel(panel, extensionUri, library));
  }

  static get shown(): TimelinePanel | undefined {
    return TimelinePanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly library: DossierLibrary,
  ) {
    super();
    panel.iconPath = new vscode.ThemeIcon('timeline-view-icon');
    panel.webview.html = timelineHtml(panel.webview, extensionUri);
    this.register(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      library.onDidChange(() => this.post()),
    );
  }

  /** What the webview says: that it is ready, that it drew, or which event was clicked. */
  async receive(message: FromWebview): Promise<void> {
    switch (message?.type) {
      case 'ready':
        this.ready = true;
        await this.library.ready;
        this.post();
        break;
      case 'rendered':
        this.lastRender = { events: message.events, lanes: message.lanes, undated: message.undated, laneMode: message.laneMode, ms: message.ms };
        this.renderEmitter.fire(this.lastRender);
        break;
      case 'reveal':
        await this.reveal(message.key);
        break;
    }
  }

  private async reveal(key: unknown): Promise<void> {
    // The key is looked up, never trusted: only an event the library holds is revealed.
    const entry = typeof key === 'string' ? this.library.current.events.find((e) => e.key === key) : undefined;
    if (!entry) return;
    await vscode.commands.executeCommand('sourcebook.revealInArticle', {
      eventId: entry.event.id,
      articleId: entry.dossier.dossier.article.id,
      dossierSource: entry.dossier.source,
    });
  }

  private post(): void {
    if (!this.ready) return;
    const message: ToWebview = { type: 'data', data: buildTimeline(this.library.current, vscode.l10n.t('No actor')), labels: labels() };
    void this.panel.webview.postMessage(message);
  }

  override dispose(): void {
    if (this.isDisposed) return;
    if (TimelinePanel.current === this) TimelinePanel.current = undefined;
    super.dispose();
    this.panel.dispose();
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

function labels(): TimelineLabels {
  return {
    byArticle: vscode.l10n.t('By article'),
    byActor: vscode.l10n.t('By actor'),
    zoomIn: vscode.l10n.t('Zoom in'),
    zoomOut: vscode.l10n.t('Zoom out'),
    fit: vscode.l10n.t('Fit'),
    undated: vscode.l10n.t('Undated events'),
    noEvents: vscode.l10n.t('No dated events in the library yet.'),
    approximate: vscode.l10n.t('about'),
    help: vscode.l10n.t('Wheel or +/− to zoom, drag or ←/→ to pan, 0 to fit; Tab to an event, Enter to reveal it.'),
    lanes: vscode.l10n.t('Events on a time axis'),
  };
}

/** The page: a strict Content-Security-Policy (no remote resources, one nonce for the one script). */
export function timelineHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'timeline.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'timeline.css'));
  const csp = `default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${escapeAttribute(vscode.l10n.t('Sourcebook Timeline'))}</title>
</head>
<body>
<main id="timeline" aria-busy="true">
<div id="toolbar" role="toolbar"></div>
<div id="chart"></div>
<section id="undated"></section>
<div id="card" role="tooltip" hidden></div>
</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
