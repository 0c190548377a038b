// activation.ms: what activation costs before the extension is usable, in the
// real extension host (code-server + headless Chromium, as the tests run), from
// VS Code's own performance marks: importing the bundle (willLoadExtensionCode →
// didLoadExtensionCode: reading, compiling and running dist/extension.js) plus
// activate() until its promise resolves (willActivateExtension →
// didActivateExtension). Millisecond marks. activation.firstLoadMs: from the
// start of the import to the sample loaded and the views' trees ready
// (the API's activationMs(), which counts from activate()). Each figure is
// the median of RUNS fresh extension hosts: one activation per host.
import { figuresFromExtensionHost } from './extensionHost';
import { Figures } from './figures';

const RUNS = 3;

export function run(): Figures {
  const runs = Array.from({ length: RUNS }, () => figuresFromExtensionHost('reports its activation time'));
  const median = (key: string) => runs.map((figures) => figures[key]).sort((a, b) => a - b)[RUNS >> 1];
  const f = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(key)]));
  console.log(`  activation: ${runs.map((figures) => `${figures.activationImportMs} + ${figures.activationActivateMs} ms`).join(', ')} (import + activate, ${RUNS} hosts)`);
  const ms = (value: number, target?: string) => ({ value, unit: 'ms', better: 'lower' as const, target });
  return {
    'activation.ms': ms(f.activationMs, '< 50 ms'),
    'activation.importMs': ms(f.activationImportMs),
    'activation.activateMs': ms(f.activationActivateMs),
    'activation.firstLoadMs': ms(f.activationFirstLoadMs),
  };
}
