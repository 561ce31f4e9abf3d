/** A code decoded from one of the spec's code lists. */
export interface CodedValue {
  /** The code as written, trimmed. */
  readonly code: string;
  /** The meaning in Traditional Chinese, or `null` when the code is not in the list. */
  readonly zh: string | null;
  /** The meaning in English, or `null` when the code is not in the list. */
  readonly en: string | null;
}

/** One entry of a code list. */
export interface CodeListEntry {
  readonly zh: string;
  readonly en: string;
}

/** NHI regional divisions (業務組別), used by r1.1, r2.1, r3.1, r7.1, r8.1 and r9.1. */
export const DIVISION_CODES: Readonly<Record<string, CodeListEntry>> = {
  '1': { zh: '臺北業務組', en: 'Taipei division' },
  '2': { zh: '北區業務組', en: 'Northern division' },
  '3': { zh: '中區業務組', en: 'Central division' },
  '4': { zh: '南區業務組', en: 'Southern division' },
  '5': { zh: '高屏業務組', en: 'Kaohsiung-Pingtung division' },
  '6': { zh: '東區業務組', en: 'Eastern division' },
};

/** r10 result codes, used by r10.12, r10.18, r10.21, r10.26, r10.29 and r10.33. */
export const R10_RESULT_CODES: Readonly<Record<string, CodeListEntry>> = {
  '0': { zh: '無', en: 'None or not done' },
  '1': { zh: '正常', en: 'Normal' },
  '2': { zh: '異常，建議：請洽詢醫師', en: 'Abnormal, consult a physician' },
  '3': { zh: '異常，建議：進一步檢查', en: 'Abnormal, further examination advised' },
  '4': { zh: '異常，建議：接受治療', en: 'Abnormal, treatment advised' },
};

/** HBsAg and anti-HCV codes, used by r10.35 and r10.39. */
export const ANTIGEN_CODES: Readonly<Record<string, CodeListEntry>> = {
  '1': { zh: '陰性', en: 'Negative' },
  '2': { zh: '陽性', en: 'Positive' },
  '3': { zh: '無', en: 'None or not done' },
};

/** Hepatitis result codes, used by r10.37 and r10.41. */
export const HEPATITIS_RESULT_CODES: Readonly<Record<string, CodeListEntry>> = {
  '0': { zh: '無', en: 'None' },
  '1': { zh: '陰性', en: 'Negative' },
  '2': { zh: '陽性，建議進一步檢查', en: 'Positive, further examination advised' },
};

const DECODED = new WeakMap<Readonly<Record<string, CodeListEntry>>, Map<string, CodedValue>>();

/**
 * Decodes `code` with `list`.
 *
 * @returns the decoded value, and whether the code was found. An unknown code keeps `zh` and `en` as `null`.
 */
export function decodeCode(list: Readonly<Record<string, CodeListEntry>>, code: string): CodedValue {
  let decoded = DECODED.get(list);
  if (decoded === undefined) {
    decoded = new Map();
    DECODED.set(list, decoded);
  }

  // Known codes share one frozen value per list, so a large file does not allocate one per record.
  const cached = decoded.get(code);
  if (cached !== undefined) return cached;

  const entry = Object.hasOwn(list, code) ? list[code] : undefined;
  if (entry === undefined) return { code, zh: null, en: null };
  const value = Object.freeze({ code, zh: entry.zh, en: entry.en });
  decoded.set(code, value);
  return value;
}
