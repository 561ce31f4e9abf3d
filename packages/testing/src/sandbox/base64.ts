/** Encodes bytes as standard Base64 with web-standard APIs only, in slices to keep `String.fromCharCode` bounded. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}
