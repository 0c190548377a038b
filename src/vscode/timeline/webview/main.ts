// The timeline webview: draws TimelineData as SVG (a day as a point, a month
// or year as a band its width, approximate dates dashed), lanes by article or
// actor, zoom and pan by mouse and keyboard, a card on hover, and a click that
// asks the extension to reveal the passage. No library: a linear day scale and
// greedy row packing are a few lines (src/core/timeline/layout.ts), and the
// bundle stays a few kilobytes.
import { axisTicks, dayToX, fitView, packRows, panView, View, zoomView } from '../../../core/timeline/layout';
import type { LaneMode, TimelineData, TimelineEvent } from '../../../core/timeline/timeline';
import type { FromWebview, TimelineLabels, TimelineState, ToWebview } from './protocol';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): TimelineState | undefined; setState(state: TimelineState): void };

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
const LABEL_WIDTH = 170;
const AXIS_HEIGHT = 28;
const ROW_HEIGHT = 18;
const LANE_PADDING = 8;
const POINT_RADIUS = 5;

let data: TimelineData | undefined;
let labels: TimelineLabels | undefined;
let state: TimelineState = vscode.getState() ?? { laneMode: 'article' };
let drawnOnce = false;

const root = document.getElementById('timeline')!;
const toolbar = document.getElementById('toolbar')!;
const chart = document.getElementById('chart')!;
const card = document.getElementById('card')!;
const undatedList = document.getElementById('undated')!;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  if (event.data?.type !== 'data') return;
  data = event.data.data;
  labels = event.data.labels;
  buildToolbar();
  const started = performance.now();
  draw();
  // Report after the browser has painted the frame.
  requestAnimationFrame(() => setTimeout(() => {
    if (!data) return;
    vscode.postMessage({ type: 'rendered', events: data.events.length, lanes: data.lanes[state.laneMode].length, undated: data.undated.length, laneMode: state.laneMode, ms: performance.now() - started });
  }, 0));
});

function saveState(): void {
  vscode.setState(state);
}

function width(): number {
  return Math.max(200, chart.clientWidth - LABEL_WIDTH);
}

function currentView(): View {
  if (!state.view && data) state.view = fitView(data.domain, width());
  return state.view ?? { firstDay: 0, pxPerDay: 1 };
}

let drawPending = false;
/** Zoom and pan redraw once per frame, however many events the pointer sends. */
function setView(view: View): void {
  state.view = view;
  saveState();
  if (drawPending) return;
  drawPending = true;
  requestAnimationFrame(() => {
    drawPending = false;
    draw();
  });
}

function setLaneMode(mode: LaneMode): void {
  state.laneMode = mode;
  saveState();
  buildToolbar();
  draw();
}

function button(label: string, onClick: () => void, pressed?: boolean): HTMLButtonElement {
  const b = document.createElement('button');
  b.textContent = label;
  b.addEventListener('click', onClick);
  if (pressed !== undefined) b.setAttribute('aria-pressed', String(pressed));
  return b;
}

function buildToolbar(): void {
  if (!labels) return;
  toolbar.replaceChildren(
    button(labels.byArticle, () => setLaneMode('article'), state.laneMode === 'article'),
    button(labels.byActor, () => setLaneMode('actor'), state.laneMode === 'actor'),
    button(labels.zoomIn, () => setView(zoomView(currentView(), 1.5, width() / 2))),
    button(labels.zoomOut, () => setView(zoomView(currentView(), 1 / 1.5, width() / 2))),
    button(labels.fit, () => data && setView(fitView(data.domain, width()))),
  );
  const help = document.createElement('span');
  help.className = 'help';
  help.textContent = labels.help;
  toolbar.append(help);
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function draw(): void {
  if (!data || !labels) return;
  root.setAttribute('aria-busy', 'true');
  if (data.events.length === 0) {
    chart.replaceChildren(Object.assign(document.createElement('p'), { textContent: labels.noEvents, className: 'empty' }));
  } else {
    chart.replaceChildren(drawChart(data, labels));
  }
  drawUndated(data, labels);
  root.setAttribute('aria-busy', 'false');
  drawnOnce = true;
}

function drawChart(timeline: TimelineData, text: TimelineLabels): SVGSVGElement {
  const view = currentView();
  const plotWidth = width();
  const lanes = timeline.lanes[state.laneMode];
  // Rows per lane for this zoom: packed in screen space.
  const laneRows = lanes.map((lane) => {
    const extents = lane.events.map((index) => extentOf(timeline.events[index], view));
    return packRows(extents);
  });
  const laneHeights = laneRows.map((rows) => (Math.max(0, ...rows) + 1) * ROW_HEIGHT + 2 * LANE_PADDING);
  const height = AXIS_HEIGHT + laneHeights.reduce((a, b) => a + b, 0);
  const root = svg('svg', { width: LABEL_WIDTH + plotWidth, height, role: 'list', 'aria-label': text.lanes });

  // Axis: ticks and grid lines.
  const axis = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  for (const tick of axisTicks(view, plotWidth)) {
    const x = LABEL_WIDTH + dayToX(view, tick.day);
    axis.append(svg('line', { x1: x, x2: x, y1: AXIS_HEIGHT - 6, y2: height, class: 'grid' }));
    const label = svg('text', { x: x + 3, y: AXIS_HEIGHT - 10, class: 'tick' });
    label.textContent = tick.label;
    axis.append(label);
  }
  root.append(axis);

  let y = AXIS_HEIGHT;
  lanes.forEach((lane, laneIndex) => {
    const group = svg('g', { class: `lane lane-${laneIndex % 2}`, role: 'listitem', 'aria-label': lane.label });
    group.append(svg('rect', { x: 0, y, width: LABEL_WIDTH + plotWidth, height: laneHeights[laneIndex], class: 'lane-bg' }));
    const name = svg('text', { x: 6, y: y + LANE_PADDING + 12, class: 'lane-label' });
    name.textContent = truncate(lane.label, 24);
    const title = svg('title', {});
    title.textContent = lane.label;
    name.append(title);
    group.append(name);
    const clip = svg('svg', { x: LABEL_WIDTH, y, width: plotWidth, height: laneHeights[laneIndex], overflow: 'hidden' });
    lane.events.forEach((index, i) => clip.append(drawEvent(timeline.events[index], view, LANE_PADDING + laneRows[laneIndex][i] * ROW_HEIGHT, text)));
    group.append(clip);
    root.append(group);
    y += laneHeights[laneIndex];
  });
  return root;
}

function extentOf(event: TimelineEvent, view: View): { x0: number; x1: number } {
  const x0 = dayToX(view, event.start);
  const x1 = event.precision === 'day' ? x0 + 2 * POINT_RADIUS : Math.max(x0 + 2 * POINT_RADIUS, dayToX(view, event.end));
  return { x0: event.precision === 'day' ? x0 - POINT_RADIUS : x0, x1 };
}

function drawEvent(event: TimelineEvent, view: View, top: number, text: TimelineLabels): SVGGElement {
  const name = accessibleName(event, text);
  const g = svg('g', {
    class: `event ${event.precision}${event.approximate ? ' approximate' : ''}`,
    tabindex: 0,
    role: 'button',
    'aria-label': name,
    'data-key': event.key,
  });
  const x = dayToX(view, event.start);
  const cy = top + ROW_HEIGHT / 2;
  if (event.precision === 'day') g.append(svg('circle', { cx: x, cy, r: POINT_RADIUS }));
  else g.append(svg('rect', { x, y: cy - 5, width: Math.max(2, dayToX(view, event.end) - x), height: 10, rx: 3 }));
  g.addEventListener('click', () => reveal(event));
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      reveal(event);
    }
  });
  g.addEventListener('mouseenter', (e) => showCard(event, e.clientX, e.clientY, text));
  g.addEventListener('focus', () => {
    const box = g.getBoundingClientRect();
    showCard(event, box.right, box.bottom, text);
  });
  g.addEventListener('mouseleave', hideCard);
  g.addEventListener('blur', hideCard);
  return g;
}

function accessibleName(event: TimelineEvent, text: TimelineLabels): string {
  const date = event.approximate ? `${text.approximate} ${event.date}` : event.date;
  const actors = event.actors.map((a) => a.name).join(', ');
  return [event.title, date, actors, event.articleTitle].filter(Boolean).join(' — ');
}

function showCard(event: TimelineEvent, x: number, y: number, text: TimelineLabels): void {
  const line = (className: string, content: string) => Object.assign(document.createElement('div'), { className, textContent: content });
  card.replaceChildren(
    line('card-title', event.title),
    line('card-date', event.approximate ? `${text.approximate} ${event.date}` : event.date),
    ...(event.actors.length ? [line('card-actors', event.actors.map((a) => a.name).join(', '))] : []),
    line('card-article', event.articleTitle),
  );
  card.hidden = false;
  const box = card.getBoundingClientRect();
  card.style.left = `${Math.min(x + 12, window.innerWidth - box.width - 8)}px`;
  card.style.top = `${Math.min(y + 12, window.innerHeight - box.height - 8)}px`;
}

function hideCard(): void {
  card.hidden = true;
}

function reveal(event: TimelineEvent): void {
  vscode.postMessage({ type: 'reveal', key: event.key });
}

function drawUndated(timeline: TimelineData, text: TimelineLabels): void {
  if (timeline.undated.length === 0) {
    undatedList.replaceChildren();
    return;
  }
  const heading = Object.assign(document.createElement('h2'), { textContent: `${text.undated} (${timeline.undated.length})` });
  const list = document.createElement('ul');
  for (const event of timeline.undated) {
    const item = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { href: '#', textContent: event.title });
    link.addEventListener('click', (e) => {
      e.preventDefault();
      vscode.postMessage({ type: 'reveal', key: event.key });
    });
    item.append(link, document.createTextNode(` — ${[event.actors.join(', '), event.articleTitle].filter(Boolean).join(' — ')}`));
    list.append(item);
  }
  undatedList.replaceChildren(heading, list);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// Zoom with the wheel around the pointer; pan by dragging or with the arrow keys.
chart.addEventListener('wheel', (e) => {
  if (!data) return;
  e.preventDefault();
  const x = e.clientX - chart.getBoundingClientRect().left - LABEL_WIDTH;
  setView(zoomView(currentView(), e.deltaY < 0 ? 1.25 : 0.8, x));
}, { passive: false });

let drag: { x: number; view: View } | undefined;
chart.addEventListener('pointerdown', (e) => {
  if ((e.target as Element).closest('.event')) return;
  drag = { x: e.clientX, view: currentView() };
  chart.setPointerCapture(e.pointerId);
});
chart.addEventListener('pointermove', (e) => {
  if (drag) setView(panView(drag.view, e.clientX - drag.x));
});
chart.addEventListener('pointerup', () => (drag = undefined));

document.addEventListener('keydown', (e) => {
  if (!data || (e.target as Element).closest?.('button')) return;
  const view = currentView();
  const step = width() / 8;
  if (e.key === '+' || e.key === '=') setView(zoomView(view, 1.5, width() / 2));
  else if (e.key === '-') setView(zoomView(view, 1 / 1.5, width() / 2));
  else if (e.key === '0') setView(fitView(data.domain, width()));
  else if (e.key === 'ArrowLeft') setView(panView(view, step));
  else if (e.key === 'ArrowRight') setView(panView(view, -step));
  else return;
  e.preventDefault();
});

window.addEventListener('resize', () => drawnOnce && draw());
vscode.postMessage({ type: 'ready' });
