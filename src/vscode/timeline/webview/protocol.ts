// Messages between the timeline panel (extension host) and its webview.
import type { LaneMode, TimelineData } from '../../../core/timeline/timeline';
import type { View } from '../../../core/timeline/layout';

/** Words the webview shows, localised by the extension (the webview has no vscode.l10n). */
export interface TimelineLabels {
  byArticle: string;
  byActor: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  undated: string;
  noEvents: string;
  approximate: string;
  help: string;
  lanes: string;
}

export type ToWebview = { type: 'data'; data: TimelineData; labels: TimelineLabels };

export type FromWebview =
  | { type: 'ready' }
  /** After the data was drawn: what is on screen, and how long drawing took. */
  | { type: 'rendered'; events: number; lanes: number; undated: number; laneMode: LaneMode; ms: number }
  | { type: 'reveal'; key: string };

/** What the webview keeps across hide/show and reload (vscode.getState/setState). */
export interface TimelineState {
  laneMode: LaneMode;
  view?: View;
}
