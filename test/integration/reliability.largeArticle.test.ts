// A 5 MB article in the extension host: the extraction engine runs a slice
// at a time (as "Create Dossier" drives it), and the longest task it holds
// the extension host's thread for is measured, since every other extension
// and every hover waits behind it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { extractSteps, Extraction } from '../../src/core/extract';
import { reportFigures } from './benchFigures';
import { stallProbe } from './reliabilityHelpers';

const MB = 1024 * 1024;
/**
 * The engine yields after every few thousand characters of a pass over the
 * text (6,000 reading, 24,000 re-reading, 6,000 attributing, plus the rest of
 * the paragraph it is in): no step may cover more of the text than this.
 * How long a step holds the thread is a figure of `npm run bench`
 * (host.extract5MB.longestSliceMs here, extract.longestStepMs in Node), never
 * asserted: a loaded machine would fail a time bound.
 */
const MOST_CHARACTERS_PER_STEP = 30_000;

describe('reliability: a 5 MB article', function () {
  this.timeout(300_000);

  it('is extracted in steps of a few thousand characters each', async () => {
    const sampleUri = vscode.Uri.joinPath(vscode.extensions.getExtension('sourcebook.sourcebook')!.extensionUri, 'data', 'article.txt');
    const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(sampleUri));
    const copies = Math.ceil((5 * MB) / (sample.length + 2));
    const article = Array(copies).fill(sample).join('\n\n');

    const probe = stallProbe();
    const started = performance.now();
    const steps = extractSteps(article, { published: '2022-08-10' });
    let longestSlice = 0;
    let slices = 0;
    let extraction: Extraction | undefined;
    let widestStep = 0;
    let previous = { phase: '', done: 0 };
    while (!extraction) {
      const sliceStarted = performance.now();
      const step = steps.next();
      longestSlice = Math.max(longestSlice, performance.now() - sliceStarted);
      slices++;
      if (step.done) extraction = step.value;
      else {
        // A pass over the text starts again from 0 (done falls): measure steps within a pass.
        if (step.value.phase === previous.phase && step.value.done >= previous.done) widestStep = Math.max(widestStep, step.value.done - previous.done);
        previous = { phase: step.value.phase, done: step.value.done };
        await new Promise((resolve) => setTimeout(resolve, 0)); // let the extension host breathe, as the command does
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const longestStall = probe.stop();
    console.log(`      ${(article.length / MB).toFixed(1)} MB extracted in ${seconds.toFixed(1)} s, ${slices} slices, longest slice ${longestSlice.toFixed(0)} ms, longest extension-host stall ${longestStall.toFixed(0)} ms; ${extraction.dossier.quotes.length} quotes, ${extraction.dossier.actors.length} actors`);

    reportFigures({ extract5MBLongestSliceMs: longestSlice, extract5MBLongestStallMs: longestStall });

    for (const quote of extraction.quotes) {
      assert.strictEqual(quote.parts.map((p) => article.slice(p.start, p.end)).join(' '), quote.text);
    }
    assert.ok(extraction.dossier.quotes.length >= copies, 'the quotes of every copy');
    assert.ok(slices > article.length / MOST_CHARACTERS_PER_STEP, `${slices} steps for ${article.length} characters`);
    assert.ok(widestStep > 0 && widestStep <= MOST_CHARACTERS_PER_STEP, `the widest step covered ${widestStep} characters`);
  });
});
