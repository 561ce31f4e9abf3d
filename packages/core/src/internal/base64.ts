/** Encodes bytes as standard Base64 (`+`, `/`, `=` padding) with no line breaks, using only web-standard APIs. */
export function encodeBase64(bytes: Uint8Array): string {
  // btoa takes a binary string; build it in chunks so large inputs do not overflow the argument list.
  const chunkSize = 0x8000;
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunkSize));
  }
  return btoa(binary);
}
