import type { FileFormat } from './options.js';
import type { SeededRandom } from './random.js';
import { DIVISIONS, FACILITY_PREFIXES } from './vocabulary.js';

/** One record of a section: its fields in file order and an optional nested `_1` list. */
export interface GeneratedRecord {
  readonly fields: readonly (readonly [key: string, value: string])[];
  readonly children?: { readonly key: string; readonly records: readonly GeneratedRecord[] };
  /** True for a pharmacy dispensing row of r1 (`r1.5` empty, `r1.7` `XXXX`). */
  readonly pharmacy?: boolean;
}

/** A synthetic facility. */
export interface Facility {
  readonly code: string;
  readonly name: string;
  readonly division: readonly [string, string, string];
}

/** The inputs of a section builder. */
export interface SectionContext {
  readonly random: SeededRandom;
  readonly format: FileFormat;
  readonly applicationDate: string;
  /** The number of units (visits, panels, enrolments) the section spreads over three years. */
  readonly units: number;
  readonly facilities: FacilityPool;
}

/** Yields the records of one section. */
export type SectionBuilder = (context: SectionContext) => Iterable<GeneratedRecord>;

const DAY_MS = 86_400_000;
const SPAN_DAYS = 3 * 365;

/** The person's facilities by kind, drawn once per file so that visits repeat at the same places. */
export interface FacilityPool {
  readonly clinics: readonly Facility[];
  readonly pharmacies: readonly Facility[];
  readonly dental: readonly Facility[];
  readonly tcm: readonly Facility[];
  readonly hospitals: readonly Facility[];
}

/** Draws a facility pool. Codes start with `99` so they are obviously synthetic. */
export function drawFacilities(random: SeededRandom): FacilityPool {
  const draw = (suffix: string, count: number): Facility[] =>
    Array.from({ length: count }, () => ({
      code: `99${random.digits(8)}`,
      name: `${random.pick(FACILITY_PREFIXES)}${suffix}`,
      division: random.pick(DIVISIONS),
    }));

  return {
    clinics: draw('虛擬診所', 3),
    pharmacies: draw('虛擬藥局', 2),
    dental: draw('虛擬牙醫診所', 1),
    tcm: draw('虛擬中醫診所', 1),
    hospitals: draw('虛擬醫院', 2),
  };
}

/** Converts `YYYYMMDD` to epoch milliseconds (UTC midnight). */
export function dateToMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)));
}

/** Formats epoch milliseconds as `YYYYMMDD` (UTC). */
export function msToDate(ms: number): string {
  const date = new Date(ms);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}${month}${day}`;
}

/** Shifts a `YYYYMMDD` date by whole days. */
export function addDays(date: string, days: number): string {
  return msToDate(dateToMs(date) + days * DAY_MS);
}

/**
 * Returns the date of unit `index` of `units`, spread over the three years before the application date, newest
 * first, so dates stay monotonic however many units there are.
 */
export function unitDate(context: SectionContext, index: number, spanDays = SPAN_DAYS): string {
  const offset = 1 + Math.floor(((index + context.random.next()) * spanDays) / Math.max(1, context.units));
  return addDays(context.applicationDate, -Math.min(offset, spanDays));
}

/** Builds the common division and facility fields (`.1`–`.4`) of a record. */
export function facilityFields(section: string, facility: Facility, random: SeededRandom): [string, string][] {
  const [code, fullName, shortName] = facility.division;
  return [
    [`${section}.1`, code],
    [`${section}.2`, random.chance(0.5) ? fullName : shortName],
    [`${section}.3`, facility.code],
    [`${section}.4`, facility.name],
  ];
}

/** Fields `${section}.${first}` … for `pairs` code/name pairs, the first `filled` taken from `values`. */
export function pairFields(
  section: string,
  first: number,
  pairs: number,
  values: readonly (readonly [string, string])[],
): [string, string][] {
  const fields: [string, string][] = [];
  for (let i = 0; i < pairs; i += 1) {
    const value = values[i];
    fields.push([`${section}.${first + 2 * i}`, value?.[0] ?? '']);
    fields.push([`${section}.${first + 2 * i + 1}`, value?.[1] ?? '']);
  }
  return fields;
}

/** Draws a four-digit NHI-card visit sequence number. */
export function visitSequence(random: SeededRandom): string {
  return String(random.int(1, 9999)).padStart(4, '0');
}
