// The web worker extension host. There is no setImmediate, and a chain of
// setTimeout(0) is clamped to 4 ms per pause after five nested calls (HTML
// timers), which would add seconds to a long extraction. A message to our own
// port is a task of its own: queued work runs first, and nothing is clamped.
import type { Platform } from '.';

const channel = new MessageChannel();
const waiting: Array<() => void> = [];
// The worker's MessagePort (the tests' Node typings lack its `onmessage`).
(channel.port1 as unknown as { onmessage: () => void }).onmessage = () => waiting.shift()?.();

export const browserPlatform: Platform = {
  kind: 'web',
  pause: () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(undefined);
  }),
};
