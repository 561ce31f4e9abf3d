const encoder = new TextEncoder();

/**
 * Compares two strings in time that depends only on their lengths, not on where they differ, so a caller cannot learn
 * a secret's prefix by timing comparisons.
 */
export function constantTimeEqual(left: string, right: string): boolean {
  const a = encoder.encode(left);
  const b = encoder.encode(right);
  const length = Math.max(a.length, b.length);

  let difference = a.length ^ b.length;
  for (let index = 0; index < length; index++) {
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }
  return difference === 0;
}
