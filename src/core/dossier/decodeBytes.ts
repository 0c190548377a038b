// Bytes of a dossier or article to text, saying what is wrong when they are
// not UTF-8: a UTF-16 file (which otherwise reads as "not a YAML mapping")
// and invalid UTF-8 (which otherwise turns silently into U+FFFD).

export type Decoded = { text: string } | { problem: string };

const strict = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (isUtf16(bytes)) return { problem: 'This file is encoded as UTF-16; Sourcebook reads UTF-8. Save it as UTF-8 (in VS Code: "Save with Encoding").' };
  try {
    const text = strict.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const at = firstInvalidByte(bytes);
    const line = lineOf(bytes, at);
    return { problem: `This file is not valid UTF-8: the byte at offset ${at} (line ${line}) is not part of a UTF-8 character. Save it as UTF-8; nothing was read.` };
  }
}

/** A UTF-16 byte-order mark, or text whose every other byte is NUL. */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = sample / 2;
  return (evenNul > half * 0.4 && oddNul === 0) || (oddNul > half * 0.4 && evenNul === 0);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
