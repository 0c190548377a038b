// activation.ms: what activation costs before the extension is usable, in the
// real extension host (code-server + headless Chromium, as the tests run), from
// VS Code's own performance marks: importing the bundle (willLoadExtensionCode →
// didLoadExtensionCode: reading, compiling and running dist/extension.js) plus
// activate() until its promise resolves (willActivateExtension →
// didActivateExtension). Millisecond marks. activation.firstLoadMs: from the
// start of the import to the sample loaded and the views' trees ready
// (the API's activationMs(), which counts from activate()).
import { figuresFromExtensionHost } from './extensionHost';
import { Figures } from './figures';

export function run(): Figures {
  const f = figuresFromExtensionHost('reports its activation time');
  const ms = (value: number, target?: string) => ({ value, unit: 'ms', better: 'lower' as const, target });
  return {
    'activation.ms': ms(f.activationMs, '< 50 ms'),
    'activation.importMs': ms(f.activationImportMs),
    'activation.activateMs': ms(f.activationActivateMs),
    'activation.firstLoadMs': ms(f.activationFirstLoadMs),
  };
}
