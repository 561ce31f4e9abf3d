/** A number read from the file, with the text it was read from (`"28.00"` reads as 28 with text `28.00`). */
export interface NumericValue {
  /** The number, or `null` when the text is not a plain decimal number. */
  readonly value: number | null;
  /** The raw text, trimmed. A bare JSON number is converted with `String()`. */
  readonly text: string;
}

/** r10.9 waist circumference, whose unit the spec gives as "inch or cm" without saying which. */
export interface WaistMeasurement extends NumericValue {
  /** Always `ambiguous`: the file carries no unit indicator. */
  readonly unit: 'ambiguous';
  /**
   * A guess of the unit from the size of the value: below 60 reads as inches (a 60-inch waist is 152 cm), otherwise
   * centimetres. `null` when the value is not a number. It is a heuristic, never a fact from the file.
   */
  readonly inferred: { readonly unit: 'inch' | 'cm'; readonly centimetres: number } | null;
}

/** Values below this are guessed to be inches. */
const WAIST_INCH_LIMIT = 60;
const CENTIMETRES_PER_INCH = 2.54;

const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Reads a plain decimal number such as `28.00`, `00198.57` or `-3`; anything else (`1+`, `1e3`, `0x10`) is `null`. */
export function parsePlainDecimal(text: string): number | null {
  return PLAIN_DECIMAL.test(text) ? Number(text) : null;
}

/** Builds the numeric value of a trimmed, non-empty text. */
export function toNumericValue(text: string): NumericValue {
  return { value: parsePlainDecimal(text), text };
}

/** Builds the r10.9 waist measurement of a trimmed, non-empty text. */
export function toWaistMeasurement(text: string): WaistMeasurement {
  const value = parsePlainDecimal(text);
  if (value === null) return { value, text, unit: 'ambiguous', inferred: null };

  const inferred =
    value < WAIST_INCH_LIMIT
      ? { unit: 'inch' as const, centimetres: Math.round(value * CENTIMETRES_PER_INCH * 10) / 10 }
      : { unit: 'cm' as const, centimetres: value };
  return { value, text, unit: 'ambiguous', inferred };
}
