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

/** Rows and heights of every lane at the current zoom; lanes are drawn only while in view. */
interface Layout {
  view: View;
  plotWidth: number;
  rows: number[][];
  tops: number[];
  heights: number[];
  height: number;
}
let layout: Layout | undefined;

function draw(): void {
  if (!data || !labels) return;
  root.setAttribute('aria-busy', 'true');
  if (data.events.length === 0) {
    layout = undefined;
    chart.replaceChildren(Object.assign(document.createElement('p'), { textContent: labels.noEvents, className: 'empty' }));
  } else {
    layout = layOut(data, currentView());
    chart.replaceChildren(drawAxis(layout), lanesSvg(layout));
    drawVisibleLanes();
  }
  drawUndated(data, labels);
  root.setAttribute('aria-busy', 'false');
  drawnOnce = true;
}

function layOut(timeline: TimelineData, view: View): Layout {
  const plotWidth = width();
  const lanes = timeline.lanes[state.laneMode];
  // Rows per lane for this zoom: packed in screen space.
  const rows = lanes.map((lane) => packRows(lane.events.map((index) => extentOf(timeline.events[index], view))));
  const heights = rows.map((r) => (Math.max(0, ...r) + 1) * ROW_HEIGHT + 2 * LANE_PADDING);
  const tops: number[] = [];
  let y = 0;
  for (const h of heights) {
    tops.push(y);
    y += h;
  }
  return { view, plotWidth, rows, tops, heights, height: y };
}

function drawAxis(l: Layout): SVGSVGElement {
  const axis = svg('svg', { class: 'axis', width: LABEL_WIDTH + l.plotWidth, height: AXIS_HEIGHT, 'aria-hidden': 'true' });
  for (const tick of axisTicks(l.view, l.plotWidth)) {
    const x = LABEL_WIDTH + dayToX(l.view, tick.day);
    axis.append(svg('line', { x1: x, x2: x, y1: AXIS_HEIGHT - 6, y2: AXIS_HEIGHT, class: 'grid' }));
    const label = svg('text', { x: x + 3, y: AXIS_HEIGHT - 10, class: 'tick' });
    label.textContent = tick.label;
    axis.append(label);
  }
  return axis;
}

let lanesRoot: SVGSVGElement | undefined;
let drawnLanes = '';

function lanesSvg(l: Layout): SVGSVGElement {
  lanesRoot = svg('svg', { class: 'lanes', width: LABEL_WIDTH + l.plotWidth, height: l.height, role: 'list', 'aria-label': labels!.lanes });
  const grid = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  for (const tick of axisTicks(l.view, l.plotWidth)) {
    const x = LABEL_WIDTH + dayToX(l.view, tick.day);
    grid.append(svg('line', { x1: x, x2: x, y1: 0, y2: l.height, class: 'grid' }));
  }
  lanesRoot.append(grid);
  drawnLanes = '';
  return lanesRoot;
}

/**
 * The lanes that intersect the scrolled window (and one screen around it):
 * a library of thousands of events draws only what can be seen.
 */
function drawVisibleLanes(): void {
  if (!data || !labels || !layout || !lanesRoot) return;
  const l = layout;
  const top = chart.scrollTop - AXIS_HEIGHT - chart.clientHeight;
  const bottom = chart.scrollTop + 2 * chart.clientHeight;
  const lanes = data.lanes[state.laneMode];
  let first = lanes.findIndex((_, i) => l.tops[i] + l.heights[i] >= top);
  if (first < 0) first = lanes.length;
  let last = first;
  while (last < lanes.length && l.tops[last] <= bottom) last++;
  const range = `${first}-${last}`;
  if (range === drawnLanes) return;
  drawnLanes = range;
  for (const old of lanesRoot.querySelectorAll('g.lane')) old.remove();
  const fragment = document.createDocumentFragment();
  for (let laneIndex = first; laneIndex < last; laneIndex++) {
    const lane = lanes[laneIndex];
    const y = l.tops[laneIndex];
    const group = svg('g', { class: `lane lane-${laneIndex % 2}`, role: 'listitem', 'aria-label': lane.label });
    group.append(svg('rect', { x: 0, y, width: LABEL_WIDTH + l.plotWidth, height: l.heights[laneIndex], class: 'lane-bg' }));
    const name = svg('text', { x: 6, y: y + LANE_PADDING + 12, class: 'lane-label' });
    name.textContent = truncate(lane.label, 24);
    const title = svg('title', {});
    title.textContent = lane.label;
    name.append(title);
    group.append(name);
    const clip = svg('svg', { x: LABEL_WIDTH, y, width: l.plotWidth, height: l.heights[laneIndex], overflow: 'hidden' });
    lane.events.forEach((index, i) => {
      const event = data!.events[index];
      // Only what is within the plot's width (zoomed in, most events are off to the side).
      const { x0, x1 } = extentOf(event, l.view);
      if (x1 >= 0 && x0 <= l.plotWidth) clip.append(drawEvent(event, index, l.view, LANE_PADDING + l.rows[laneIndex][i] * ROW_HEIGHT, labels!));
    });
    group.append(clip);
    fragment.append(group);
  }
  lanesRoot.append(fragment);
}

function extentOf(event: TimelineEvent, view: View): { x0: number; x1: number } {
  const x0 = dayToX(view, event.start);
  const x1 = event.precision === 'day' ? x0 + 2 * POINT_RADIUS : Math.max(x0 + 2 * POINT_RADIUS, dayToX(view, event.end));
  return { x0: event.precision === 'day' ? x0 - POINT_RADIUS : x0, x1 };
}

function drawEvent(event: TimelineEvent, index: number, view: View, top: number, text: TimelineLabels): SVGGElement {
  const g = svg('g', {
    class: `event ${event.precision}${event.approximate ? ' approximate' : ''}`,
    tabindex: 0,
    role: 'button',
    'aria-label': accessibleName(event, text),
    'data-index': index,
  });
  const x = dayToX(view, event.start);
  const cy = top + ROW_HEIGHT / 2;
  if (event.precision === 'day') g.append(svg('circle', { cx: x, cy, r: POINT_RADIUS }));
  else g.append(svg('rect', { x, y: cy - 5, width: Math.max(2, dayToX(view, event.end) - x), height: 10, rx: 3 }));
  return g;
}

/** The event an interaction is about (one set of listeners for all of them). */
function eventAt(target: EventTarget | null): TimelineEvent | undefined {
  const g = (target as Element | null)?.closest?.('g.event');
  const index = g ? Number(g.getAttribute('data-index')) : NaN;
  return Number.isInteger(index) ? data?.events[index] : undefined;
}

chart.addEventListener('click', (e) => {
  const event = eventAt(e.target);
  if (event) reveal(event);
});
chart.addEventListener('keydown', (e) => {
  const event = eventAt(e.target);
  if (event && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    e.stopPropagation();
    reveal(event);
  }
});
chart.addEventListener('mouseover', (e) => {
  const event = eventAt(e.target);
  if (event && labels) showCard(event, e.clientX, e.clientY, labels);
});
chart.addEventListener('mouseout', (e) => {
  if (eventAt(e.target) && !eventAt(e.relatedTarget)) hideCard();
});
chart.addEventListener('focusin', (e) => {
  const event = eventAt(e.target);
  if (!event || !labels) return;
  const box = (e.target as Element).getBoundingClientRect();
  showCard(event, box.right, box.bottom, labels);
});
chart.addEventListener('focusout', hideCard);
let scrollPending = false;
chart.addEventListener('scroll', () => {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    drawVisibleLanes();
  });
});

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
  if (eventAt(e.target)) return;
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
