// Aligns a quotation in a draft with a source quote, word by word: the draft
// must be read in full, the source only in the stretch the draft quotes
// (partial quotes are honest). An omission mark in the draft stands for any
// number of source words, an editorial bracket for a few; everything else
// that differs costs one edit and shows up as a difference.
import { MAX_BRACKETED_WORDS, QuoteToken } from './quoteTokens';

/** One run of consecutive edits, as token ranges `[from, to)` of the draft and of the source. */
export interface AlignedDifference {
  draftFrom: number;
  draftTo: number;
  sourceFrom: number;
  sourceTo: number;
}

export interface QuoteAlignment {
  matchedWords: number;
  differences: AlignedDifference[];
  /** The source tokens the draft covers, `[sourceFrom, sourceTo)`. */
  sourceFrom: number;
  sourceTo: number;
}

type Step = 'match' | 'change' | 'added' | 'dropped' | 'skipped' | 'marker';

// Costs in hundredths of an edit. Leaving out a run of source words is one
// edit however long the run ("a dropped clause"), plus a trace per word so
// the shortest such run wins. A changed or added word costs a trace more than
// a left-out one: "to establish" for "to immediately establish" reads as
// "immediately" left out, not as "to" changed into it.
const DROP = 100;
const DROP_MORE = 1;
const EDIT = 101;
const NEVER = 1 << 29;

export function alignQuote(draft: readonly QuoteToken[], source: readonly QuoteToken[]): QuoteAlignment {
  const m = draft.length;
  const n = source.length;
  const width = n + 1;
  // best[i * width + j]: cheapest reading of draft[0, i) against source[k, j) for some k;
  // dropping[...]: the same, among readings whose last step leaves out source[j - 1].
  const best = new Int32Array((m + 1) * width);
  const dropping = new Int32Array((m + 1) * width).fill(NEVER);
  const caseFree = caseFreePositions(draft);
  const equal = (i: number, j: number): boolean =>
    source[j].kind === 'word' && (caseFree[i] ? draft[i].lower === source[j].lower : draft[i].exact === source[j].exact);

  for (let i = 1; i <= m; i++) {
    const token = draft[i - 1];
    const row = i * width;
    const above = row - width;
    for (let j = 0; j <= n; j++) {
      let cost: number;
      if (token.kind === 'omission') {
        cost = best[above + j];
        if (j > 0) cost = Math.min(cost, best[row + j - 1]);
      } else if (token.kind === 'insertion') {
        cost = best[above + j];
        for (let t = 1; t <= MAX_BRACKETED_WORDS && t <= j; t++) cost = Math.min(cost, best[above + j - t]);
      } else {
        cost = best[above + j] + EDIT;
        if (j > 0) cost = Math.min(cost, diagonal(i, j));
      }
      if (j > 0) {
        dropping[row + j] = Math.min(dropping[row + j - 1] + DROP_MORE, best[row + j - 1] + DROP);
        cost = Math.min(cost, dropping[row + j]);
      }
      best[row + j] = cost;
    }
  }

  let end = 0;
  // On a tie, cover more of the source: a changed last word is a change, not an addition.
  for (let j = 1; j <= n; j++) if (best[m * width + j] <= best[m * width + end]) end = j;

  // Walk back along one cheapest path.
  const steps: Step[] = [];
  let i = m;
  let j = end;
  let inDrop = false;
  while (i > 0) {
    const token = draft[i - 1];
    const at = i * width + j;
    const above = (i - 1) * width;
    if (inDrop) {
      steps.push('dropped');
      inDrop = dropping[at] === dropping[at - 1] + DROP_MORE;
      j--;
    } else if (token.kind === 'omission') {
      if (best[above + j] === best[at]) { steps.push('marker'); i--; } else { steps.push('skipped'); j--; }
    } else if (token.kind === 'insertion') {
      let t = 0;
      while (t <= Math.min(MAX_BRACKETED_WORDS, j) && best[above + j - t] !== best[at]) t++;
      if (t > Math.min(MAX_BRACKETED_WORDS, j)) { inDrop = true; continue; }
      for (let k = 0; k < t; k++) steps.push('skipped');
      steps.push('marker');
      i--;
      j -= t;
    } else if (j > 0 && diagonal(i, j) === best[at]) {
      steps.push(equal(i - 1, j - 1) ? 'match' : 'change');
      i--;
      j--;
    } else if (best[above + j] + EDIT === best[at]) {
      steps.push('added');
      i--;
    } else {
      inDrop = true; // the only way left: this step leaves out source[j - 1]
    }
  }
  steps.reverse();
  return { ...summarize(steps, j), sourceFrom: j, sourceTo: end };

  /** Reading draft[i - 1] as source[j - 1]; a word never stands for an omission mark of the source. */
  function diagonal(i: number, j: number): number {
    if (source[j - 1].kind === 'omission') return NEVER;
    return best[(i - 1) * width + j - 1] + (equal(i - 1, j - 1) ? 0 : EDIT);
  }
}

/** Where case may differ from the source: at the start, and after an omission or bracket. */
function caseFreePositions(draft: readonly QuoteToken[]): boolean[] {
  const free: boolean[] = [];
  let afterBreak = true;
  for (const token of draft) {
    free.push(afterBreak);
    afterBreak = token.kind !== 'word';
  }
  return free;
}

function summarize(steps: readonly Step[], sourceStart: number): { matchedWords: number; differences: AlignedDifference[] } {
  const differences: AlignedDifference[] = [];
  let matchedWords = 0;
  let d = 0;
  let s = sourceStart;
  let open: AlignedDifference | undefined;
  for (const step of steps) {
    const edit = step === 'change' || step === 'added' || step === 'dropped';
    if (edit && !open) differences.push((open = { draftFrom: d, draftTo: d, sourceFrom: s, sourceTo: s }));
    if (!edit) open = undefined;
    if (step === 'match') matchedWords++;
    if (step !== 'dropped' && step !== 'skipped') d++;
    if (step !== 'added' && step !== 'marker') s++;
    if (open) {
      open.draftTo = d;
      open.sourceTo = s;
    }
  }
  return { matchedWords, differences };
}
