// Bytes to text: UTF-8, without a byte-order mark.
const decoder = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
