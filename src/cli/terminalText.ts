// What the CLI prints comes partly from dossiers and file names: control
// characters there (ESC sequences that clear the screen, retitle the
// terminal or make hyperlinks; bidi overrides that reorder a line) are shown
// as \u{…} escapes, never sent to the terminal.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(line: string): string {
  return line.replace(CONTROLS, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(2, '0')}}`);
}

/** Where a verb writes: its output (YAML, JSON, CSV), and messages for people. */
export interface CliOutput {
  out(text: string): void;
  err(line: string): void;
}

/**
 * The terminal: messages with control characters from dossiers and articles
 * shown escaped, never sent; output written as it is, escaped by its own
 * format (YAML, JSON, CSV with its CRLF).
 */
export const terminal: CliOutput = { out: (text) => process.stdout.write(text), err: (line) => console.error(escapeControls(line)) };
