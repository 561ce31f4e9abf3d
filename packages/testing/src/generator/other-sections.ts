import type { SeededRandom } from './random.js';
import { addDays, type GeneratedRecord, type SectionBuilder, type SectionContext, unitDate } from './record.js';
import { ALLERGENS, ALLERGY_SYMPTOMS, SEVERITIES, VACCINES } from './vocabulary.js';

/** r4: drug allergies in the current field set; `r4.3` (physician) is empty since 2023-05-15. */
export const allergies: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    const facility = random.pick(facilities.hospitals);
    yield {
      fields: [
        ['r4.1', unitDate(context, i)],
        ['r4.2', ALLERGENS[i % ALLERGENS.length]!],
        ['r4.3', ''],
        ['r4.4', facility.code],
        ['r4.5', facility.name],
        ['r4.6', '02'],
        ['r4.7', `2${random.digits(3)}-${random.digits(4)}`],
        ['r4.8', '虛擬市虛擬區範例路1號'],
        ['r4.9', random.pick(SEVERITIES)],
        ['r4.10', random.pick(ALLERGY_SYMPTOMS)],
        ['r4.11', ''],
        ['r4.12', '雲端登錄'],
      ],
    };
  }
};

/** r5: the hospice-care intent, with the only code/text pair the spec shows. */
export const careIntents: SectionBuilder = function* (context) {
  for (let i = 0; i < context.units; i += 1) {
    yield {
      fields: [
        ['r5.1', unitDate(context, i, 10 * 365)],
        ['r5.2', '2'],
        ['r5.3', '同意安寧緩和醫療'],
      ],
    };
  }
};

/** r6: immunizations, reaching back decades. `r6.2` and `r6.4` do not exist. */
export const immunizations: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    yield {
      fields: [
        ['r6.1', unitDate(context, i, 30 * 365)],
        ['r6.3', random.pick(VACCINES)],
        ['r6.5', random.pick([...facilities.clinics, ...facilities.hospitals]).name],
      ],
    };
  }
};

/** Builds a care-program tracking section (R12–R14): one enrolment per unit, each with three to eight visits. */
function trackingSection(
  section: 'r12' | 'r13' | 'r14',
  row: (random: SeededRandom, date: string) => [string, string][],
): SectionBuilder {
  return function* (context: SectionContext) {
    const { random, facilities } = context;

    for (let i = 0; i < context.units; i += 1) {
      const enrolled = unitDate(context, i);
      const rows: GeneratedRecord[] = [];
      const rowCount = random.int(3, 8);
      for (let r = 0; r < rowCount; r += 1) {
        const due = addDays(enrolled, 90 * (r + 1));
        const fields = row(random, due < context.applicationDate ? due : addDays(context.applicationDate, -1));
        rows.push({ fields: fields.map(([key, value]) => [`${section}_1.${key}`, value]) });
      }

      yield {
        fields: [
          [`${section}.1`, enrolled],
          [`${section}.2`, random.pick(facilities.clinics).name],
          [`${section}.3`, ''],
        ],
        children: { key: `${section}_1`, records: rows },
      };
    }
  };
}

/** R12: diabetes care tracking; measurements are decimal text without units. */
export const diabetesTracking = trackingSection('r12', (random, date) => [
  ['1', '追蹤管理'],
  ['2', date],
  ['3', date],
  ['4', date],
  ['5', random.decimal(110, 150, 2)],
  ['6', random.decimal(65, 95, 2)],
  ['7', random.decimal(6, 9, 2)],
  ['8', random.decimal(70, 160, 2)],
  ['9', random.decimal(90, 180, 2)],
  ['10', random.decimal(0.6, 1.4, 2)],
  ['11', random.decimal(50, 110, 2)],
  ['12', random.chance(0.3) ? '' : random.decimal(60, 250, 2)],
  ['13', random.decimal(5, 250, 2)],
]);

/** R13: early-CKD care tracking. */
export const kidneyTracking = trackingSection('r13', (random, date) => [
  ['1', '追蹤管理'],
  ['2', date],
  ['3', random.decimal(110, 150, 2)],
  ['4', random.decimal(65, 95, 2)],
  ['5', random.decimal(45, 90, 2)],
  ['6', ''],
  ['7', random.decimal(0.9, 1.8, 2)],
  ['8', random.decimal(70, 160, 2)],
  ['9', random.decimal(5.5, 8, 2)],
  ['10', random.decimal(5, 300, 2)],
]);

/**
 * R14: hepatitis B/C tracking with the nine fields that both spec samples contain. The spec table lists eight, so
 * the layout from `.6` on is ambiguous, and the values follow the samples.
 */
export const hepatitisTracking = trackingSection('r14', (random, date) => [
  ['1', '追蹤管理'],
  ['2', date],
  ['3', random.pick(['B 型肝炎', 'C 型肝炎'])],
  ['4', random.pick(['陽性', '陰性'])],
  ['5', '陰性'],
  ['6', random.pick(['', '陽性'])],
  ['7', random.decimal(15, 45, 2)],
  ['8', random.decimal(10, 45, 2)],
  ['9', '正常'],
]);
