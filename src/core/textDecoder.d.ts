// TextDecoder exists in every host the core runs in (Node, browsers, web
// workers) but not in the ES2022 library the core is checked against
// (tsconfig.core.json: no DOM, no Node types). Only what the core uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
