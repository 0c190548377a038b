// Rows inside a lane, so that nothing drawn overlaps: greedy interval packing
// in screen space (a point still takes a marker's width). Used by the webview
// at every zoom, and unit-tested here.

export interface Extent {
  /** Left edge, in pixels. */
  x0: number;
  /** Right edge, in pixels (a point: its marker's right edge). */
  x1: number;
}

/**
 * The row of each extent (0 = top), in the order given. Extents must come in
 * order of x0 (time order); each takes the first row whose last extent ends
 * at least `gap` pixels before it starts. O(n × rows).
 */
export function packRows(extents: readonly Extent[], gap = 4): number[] {
  const rowEnds: number[] = [];
  return extents.map((extent) => {
    let row = rowEnds.findIndex((end) => end + gap <= extent.x0);
    if (row < 0) row = rowEnds.push(extent.x1) - 1;
    else rowEnds[row] = extent.x1;
    return row;
  });
}

/** A linear scale from days to pixels, with the zoom and pan the webview keeps. */
export interface View {
  /** The day at the left edge. */
  firstDay: number;
  /** Pixels per day. */
  pxPerDay: number;
}

export function dayToX(view: View, day: number): number {
  return (day - view.firstDay) * view.pxPerDay;
}

/** The view that fits [start, end) into `width` pixels with a margin on each side. */
export function fitView(domain: readonly [number, number], width: number, margin = 24): View {
  const days = Math.max(1, domain[1] - domain[0]);
  const pxPerDay = Math.max(1e-4, (width - 2 * margin) / days);
  return { firstDay: domain[0] - margin / pxPerDay, pxPerDay };
}

/** Zoom by `factor` around the pixel `anchorX` (which stays over the same day). */
export function zoomView(view: View, factor: number, anchorX: number, limits = { min: 1e-4, max: 400 }): View {
  const pxPerDay = Math.min(limits.max, Math.max(limits.min, view.pxPerDay * factor));
  const anchorDay = view.firstDay + anchorX / view.pxPerDay;
  return { firstDay: anchorDay - anchorX / pxPerDay, pxPerDay };
}

export function panView(view: View, dx: number): View {
  return { ...view, firstDay: view.firstDay - dx / view.pxPerDay };
}

/** Ticks for the axis: years, months or days, whichever gives labels at least `minPx` apart. */
export function axisTicks(view: View, width: number, minPx = 70): { day: number; label: string }[] {
  const firstDay = Math.floor(view.firstDay);
  const lastDay = Math.ceil(view.firstDay + width / view.pxPerDay);
  const ticks: { day: number; label: string }[] = [];
  const first = new Date(firstDay * 86_400_000);
  const last = new Date(lastDay * 86_400_000);
  const toDay = (y: number, m: number, d: number) => Date.UTC(y, m, d) / 86_400_000;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (view.pxPerDay * 365 < minPx * 1.2) {
    // Years are too close: every 2, 5, 10, … years.
    const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => s * 365 * view.pxPerDay >= minPx) ?? 1000;
    for (let y = Math.ceil(first.getUTCFullYear() / step) * step; y <= last.getUTCFullYear(); y += step) ticks.push({ day: toDay(y, 0, 1), label: String(y) });
  } else if (view.pxPerDay * 30 < minPx) {
    const step = [1, 2, 3, 6].find((s) => s * 30 * view.pxPerDay >= minPx) ?? 12;
    for (let y = first.getUTCFullYear(); y <= last.getUTCFullYear(); y++) {
      for (let m = 0; m < 12; m += step) ticks.push({ day: toDay(y, m, 1), label: m === 0 ? String(y) : `${MONTHS[m]} ${y}` });
    }
  } else {
    const step = [1, 2, 7, 14].find((s) => s * view.pxPerDay >= minPx) ?? 14;
    for (let day = firstDay; day <= lastDay; day++) {
      const date = new Date(day * 86_400_000);
      const d = date.getUTCDate();
      if (d === 1 || (step < 14 && (d - 1) % step === 0 && d <= 28)) ticks.push({ day, label: `${d} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` });
    }
  }
  return ticks.filter((t) => t.day >= firstDay && t.day <= lastDay);
}
