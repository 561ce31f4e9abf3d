const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Decodes a zip member name that does not carry the UTF-8 flag.
 *
 * zip.js falls back to IBM code page 437 for such names, which turns Chinese names written by Taiwanese Windows
 * tools (Big5) into mojibake. This function tries Big5 first and keeps it only when the bytes decode without
 * error into text with CJK characters. It returns `undefined` to let zip.js decode the name as code page 437,
 * also on runtimes whose `TextDecoder` lacks Big5. Names are metadata only: the entry is chosen by content.
 */
export function decodeEntryName(value: Uint8Array, encoding: string, type: 'filename' | 'comment'): string | undefined {
  if (type !== 'filename' || encoding.toLowerCase() !== 'cp437') return undefined;
  if (!value.some((byte) => byte > 0x7f)) return undefined;

  try {
    const text = new TextDecoder('big5', { fatal: true }).decode(value);
    return CJK.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
