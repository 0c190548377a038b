// The timeline: `sourcebook.showTimeline` opens the webview panel, which a
// serializer brings back after a window reload.
import * as vscode from 'vscode';
import { DossierLibrary } from '../library/dossierLibrary';
import { TIMELINE_VIEW_TYPE, TimelinePanel } from './timelinePanel';

export function registerTimeline(context: vscode.ExtensionContext, library: DossierLibrary): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcebook.showTimeline', () => TimelinePanel.show(context.extensionUri, library)),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => {
        TimelinePanel.revive(panel, context.extensionUri, library);
      },
    }),
    { dispose: () => TimelinePanel.shown?.dispose() },
  );
}

export { TimelinePanel };
