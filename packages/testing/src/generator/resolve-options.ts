import { MhbTestingError } from '../errors/testing-error.js';
import {
  DEFAULT_APPLICATION_DATE,
  DEFAULT_VISITS,
  type GeneratorOptions,
  NO_QUIRKS,
  REAL_FILE_QUIRKS,
  type ResolvedGeneratorOptions,
  SECTION_CODES,
  type SectionCode,
  type SectionSetting,
} from './options.js';
import { deriveRandom } from './random.js';
import { dateToMs, msToDate } from './record.js';

/** The largest visit count accepted; about 4 GB of JSON, far beyond any benchmark. */
export const MAX_VISITS = 2_000_000;

const MASKED_ID = /^[A-Z]\d{5}\*{4}$/;
const MODES = new Set(['populated', 'empty', 'noData', 'absent']);

function invalid(option: string, value: unknown, hint: string): MhbTestingError {
  return new MhbTestingError({ code: 'GENERATOR_INVALID_OPTION', params: { option, value: String(value), hint } });
}

function isValidDate(date: string): boolean {
  return /^\d{8}$/.test(date) && msToDate(dateToMs(date)) === date;
}

function checkSetting(code: SectionCode, setting: SectionSetting): void {
  const valid = typeof setting === 'number' ? Number.isInteger(setting) && setting >= 0 : MODES.has(setting);
  if (!valid) {
    throw invalid(`sections.${code}`, setting, 'Use populated, empty, noData, absent or a record count ≥ 0.');
  }
}

/**
 * Fills in defaults and validates the options, except `targetBytes`, which the caller turns into a visit count.
 *
 * @throws {@link MhbTestingError} `GENERATOR_INVALID_OPTION` for a malformed masked ID, date, visit count or section setting.
 */
export function resolveOptions(options: GeneratorOptions, visits?: number): ResolvedGeneratorOptions {
  const seed = options.seed ?? 1;
  const maskedId = options.maskedId ?? `Z1${deriveRandom(seed, 'person').digits(4)}****`;
  const applicationDate = options.applicationDate ?? DEFAULT_APPLICATION_DATE;
  const resolvedVisits = visits ?? options.visits ?? DEFAULT_VISITS;

  if (!MASKED_ID.test(maskedId)) {
    throw invalid('maskedId', maskedId, 'Use one upper-case letter, five digits and ****, e.g. Z12345****.');
  }
  if (!isValidDate(applicationDate)) {
    throw invalid('applicationDate', applicationDate, 'Use a Gregorian date as YYYYMMDD, e.g. 20260110.');
  }
  if (!Number.isInteger(resolvedVisits) || resolvedVisits < 1 || resolvedVisits > MAX_VISITS) {
    throw invalid('visits', resolvedVisits, `Use an integer from 1 to ${MAX_VISITS}.`);
  }

  const sections = {} as Record<SectionCode, SectionSetting>;
  for (const code of SECTION_CODES) {
    const setting = options.sections?.[code] ?? 'populated';
    checkSetting(code, setting);
    sections[code] = setting;
  }

  const quirks = options.quirks === 'none' ? NO_QUIRKS : { ...REAL_FILE_QUIRKS, ...options.quirks };
  return {
    seed,
    format: options.format ?? 'json',
    maskedId,
    applicationDate,
    visits: resolvedVisits,
    sections,
    declaration: options.declaration ?? true,
    xmlIncludeR9ToR14: options.xmlIncludeR9ToR14 ?? false,
    quirks,
  };
}
