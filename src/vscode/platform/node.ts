// The Node extension host: setImmediate runs after the pending I/O callbacks,
// without the 1 ms floor of setTimeout.
import type { Platform } from '.';

export const nodePlatform: Platform = {
  kind: 'node',
  pause: () => new Promise((resolve) => setImmediate(resolve)),
};
