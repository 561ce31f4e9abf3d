import type { SeededRandom } from './random.js';
import {
  addDays,
  facilityFields,
  type GeneratedRecord,
  pairFields,
  type SectionBuilder,
  unitDate,
  visitSequence,
} from './record.js';
import {
  DENTAL_DIAGNOSES,
  DENTAL_ORDERS,
  DRUGS,
  OUTPATIENT_DIAGNOSES,
  OUTPATIENT_FEES,
  PHARMACY_FEES,
  PROCEDURES,
  TCM_DIAGNOSES,
  TCM_PRODUCTS,
  TEETH,
} from './vocabulary.js';

/** Share of outpatient visits whose drugs are dispensed at a pharmacy, which adds a pharmacy row. */
const PHARMACY_SHARE = 0.3;

function distinct(random: SeededRandom, list: readonly (readonly [string, string])[], count: number) {
  const start = random.int(0, list.length - 1);
  return Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(start + i) % list.length]!);
}

function drugOrders(random: SeededRandom, prefix: string, count: number): GeneratedRecord[] {
  return distinct(random, DRUGS, count).map(([code, name]) => {
    const days = random.pick(['3', '7', '14', '28']);
    const perDay = random.pick([1, 2, 3]);
    return {
      fields: [
        [`${prefix}.1`, code],
        [`${prefix}.2`, name],
        [`${prefix}.3`, (Number(days) * perDay).toFixed(2)],
        [`${prefix}.4`, days],
      ],
    };
  });
}

function feeOrder(prefix: string, [code, name]: readonly [string, string]): GeneratedRecord {
  return {
    fields: [
      [`${prefix}.1`, code],
      [`${prefix}.2`, name],
      [`${prefix}.3`, '1.00'],
      [`${prefix}.4`, '0'],
    ],
  };
}

/** r1: outpatient visits; about a third are followed by a pharmacy dispensing row for the same prescription. */
export const outpatientVisits: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    const clinic = random.pick(facilities.clinics);
    const date = unitDate(context, i);
    const diagnoses = distinct(random, OUTPATIENT_DIAGNOSES, 1 + random.int(0, 2));
    const principal = diagnoses[0]!;
    const procedure = random.chance(0.15) ? random.pick(PROCEDURES) : (['', ''] as const);
    const dispensed = random.chance(PHARMACY_SHARE);
    const drugCount = random.int(1, 3);

    const orders: GeneratedRecord[] = [feeOrder('r1_1', OUTPATIENT_FEES[0]!)];
    if (random.chance(0.3)) orders.push(feeOrder('r1_1', random.pick(OUTPATIENT_FEES.slice(2))));
    if (!dispensed) {
      orders.push(...drugOrders(random, 'r1_1', drugCount));
      orders.push(feeOrder('r1_1', OUTPATIENT_FEES[1]!));
    }

    yield {
      fields: [
        ...facilityFields('r1', clinic, random),
        ['r1.5', date],
        ['r1.6', ''],
        ['r1.7', visitSequence(random)],
        ['r1.8', principal[0]],
        ['r1.9', principal[1]],
        ['r1.10', procedure[0]],
        ['r1.11', procedure[1]],
        ['r1.12', random.pick(['0', '50', '150', '240'])],
        ['r1.13', String(random.int(200, 1200))],
        ...pairFields('r1', 14, 5, diagnoses.slice(1)),
        ...pairFields('r1', 24, 2, []),
      ],
      children: { key: 'r1_1', records: orders },
    };

    if (dispensed) {
      const pharmacy = random.pick(facilities.pharmacies);
      yield {
        pharmacy: true,
        fields: [
          ...facilityFields('r1', pharmacy, random),
          ['r1.5', ''],
          ['r1.6', addDays(date, random.int(0, 1))],
          ['r1.7', 'XXXX'],
          ['r1.8', principal[0]],
          ['r1.9', principal[1]],
          ['r1.10', ''],
          ['r1.11', ''],
          ['r1.12', '0'],
          ['r1.13', String(random.int(100, 900))],
          ...pairFields('r1', 14, 5, []),
          ...pairFields('r1', 24, 2, []),
        ],
        children: {
          key: 'r1_1',
          records: [...drugOrders(random, 'r1_1', drugCount), feeOrder('r1_1', PHARMACY_FEES[0]!)],
        },
      };
    }
  }
};

/** r2: inpatient stays with 19 secondary diagnosis and procedure pairs (r2.16–r2.91) and day-by-day orders. */
export const inpatientStays: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    const hospital = random.pick(facilities.hospitals);
    const admitted = unitDate(context, i);
    const discharged = addDays(admitted, random.int(2, 6));
    const diagnoses = distinct(random, OUTPATIENT_DIAGNOSES, 1 + random.int(0, 3));
    const procedure = random.pick(PROCEDURES);
    const orders: GeneratedRecord[] = distinct(random, DRUGS, random.int(1, 4)).map(([code, name], index) => ({
      fields: [
        ['r2_1.1', String(index + 1)],
        ['r2_1.2', admitted],
        ['r2_1.3', discharged],
        ['r2_1.4', code],
        ['r2_1.5', name],
        ['r2_1.6', random.int(2, 20).toFixed(2)],
      ],
    }));

    yield {
      fields: [
        ...facilityFields('r2', hospital, random),
        ['r2.5', admitted],
        ['r2.6', discharged],
        ['r2.7', admitted],
        ['r2.8', discharged],
        ['r2.9', visitSequence(random)],
        ['r2.10', diagnoses[0]![0]],
        ['r2.11', diagnoses[0]![1]],
        ['r2.12', procedure[0]],
        ['r2.13', procedure[1]],
        ['r2.14', String(random.int(500, 9000))],
        ['r2.15', String(random.int(8000, 90000))],
        ...pairFields('r2', 16, 19, diagnoses.slice(1)),
        ...pairFields('r2', 54, 19, []),
      ],
      children: { key: 'r2_1', records: orders },
    };
  }
};

/** r3: dental visits; orders carry the tooth at `.4`/`.5` and the days of supply at `.6`. */
export const dentalVisits: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    const diagnosis = random.pick(DENTAL_DIAGNOSES);
    const orders: GeneratedRecord[] = distinct(random, DENTAL_ORDERS, random.int(1, 2)).map(([code, name]) => {
      const [tooth, toothName] = random.pick(TEETH);
      return {
        fields: [
          ['r3_1.1', code],
          ['r3_1.2', name],
          ['r3_1.3', '1.00'],
          ['r3_1.4', tooth],
          ['r3_1.5', toothName],
          ['r3_1.6', '0'],
        ],
      };
    });

    yield {
      fields: [
        ...facilityFields('r3', random.pick(facilities.dental), random),
        ['r3.5', unitDate(context, i)],
        ['r3.6', visitSequence(random)],
        ['r3.7', diagnosis[0]],
        ['r3.8', diagnosis[1]],
        ['r3.9', ''],
        ['r3.10', ''],
        ['r3.11', random.pick(['50', '150'])],
        ['r3.12', String(random.int(300, 2500))],
        ...pairFields('r3', 13, 5, []),
        ...pairFields('r3', 23, 2, []),
      ],
      children: { key: 'r3_1', records: orders },
    };
  }
};

/** r9: TCM visits with seven-character product codes. */
export const tcmVisits: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    const diagnosis = random.pick(TCM_DIAGNOSES);
    const days = random.pick(['7', '14']);
    const orders: GeneratedRecord[] = distinct(random, TCM_PRODUCTS, random.int(1, 3)).map(([code, name]) => ({
      fields: [
        ['r9_1.1', code],
        // Real JSON turns the double quotes around a brand into single quotes; XML keeps them.
        ['r9_1.2', context.format === 'xml' ? name.replaceAll("'", '"') : name],
        ['r9_1.3', (Number(days) * 3).toFixed(2)],
        ['r9_1.4', days],
      ],
    }));

    yield {
      fields: [
        ...facilityFields('r9', random.pick(facilities.tcm), random),
        ['r9.5', unitDate(context, i)],
        ['r9.6', visitSequence(random)],
        ['r9.7', diagnosis[0]],
        ['r9.8', diagnosis[1]],
        ['r9.9', ''],
        ['r9.10', ''],
        ['r9.11', '50'],
        ['r9.12', String(random.int(250, 900))],
        ...pairFields('r9', 13, 5, []),
        ...pairFields('r9', 23, 2, []),
      ],
      children: { key: 'r9_1', records: orders },
    };
  }
};
