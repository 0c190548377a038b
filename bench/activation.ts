// activation.ms: from activate() to the sample loaded and the views registered,
// in the real extension host (code-server + headless Chromium, as the tests run).
import { figuresFromExtensionHost } from './extensionHost';
import { Figures } from './figures';

export function run(): Figures {
  const { activationMs } = figuresFromExtensionHost('reports its activation time');
  return { 'activation.ms': { value: activationMs, unit: 'ms', better: 'lower' } };
}
