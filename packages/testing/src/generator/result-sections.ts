import type { SeededRandom } from './random.js';
import { addDays, facilityFields, type GeneratedRecord, type SectionBuilder, unitDate } from './record.js';
import { CHECK_RESULTS, LAB_PANELS, REPORTS, SCREENINGS } from './vocabulary.js';

/** Draws a `YYYYMMDDHHMM` upload timestamp one to three days after `date`. */
function uploadTime(random: SeededRandom, date: string): string {
  const hour = String(random.int(0, 23)).padStart(2, '0');
  const minute = String(random.int(0, 59)).padStart(2, '0');
  return `${addDays(date, random.int(1, 3))}${hour}${minute}`;
}

/** r7: one record per analyte; each unit is one panel drawn on one day. */
export const labResults: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    const [orderCode, panelName, analytes] = random.pick(LAB_PANELS);
    const facility = random.pick([...facilities.clinics, ...facilities.hospitals]);
    const testDate = unitDate(context, i);
    const division = facilityFields('r7', facility, random);
    const uploaded = uploadTime(random, testDate);

    for (const analyte of analytes) {
      const result =
        typeof analyte.result === 'string'
          ? analyte.result
          : random.decimal(analyte.result[0], analyte.result[1], analyte.result[2]);
      yield {
        fields: [
          ...division,
          ['r7.5', testDate],
          ['r7.6', testDate],
          ['r7.7', uploaded],
          ['r7.8', orderCode],
          ['r7.9', panelName],
          ['r7.10', analyte.name],
          ['r7.11', result],
          ['r7.12', analyte.range],
        ],
      };
    }
  }
};

/**
 * r8: imaging and pathology reports. Report lines may contain TABs. The JSON variant drops the line breaks between
 * lines (removed, not replaced) and the XML variant keeps them, as real downloads do.
 */
export const reports: SectionBuilder = function* (context) {
  const { random, facilities } = context;
  const separator = context.format === 'json' ? '' : '\n';

  for (let i = 0; i < context.units; i += 1) {
    const [orderCode, orderName, lines] = random.pick(REPORTS);
    const examDate = unitDate(context, i);
    yield {
      fields: [
        ...facilityFields('r8', random.pick(facilities.hospitals), random),
        ['r8.5', examDate],
        ['r8.6', examDate],
        ['r8.7', uploadTime(random, examDate)],
        ['r8.8', orderCode],
        ['r8.9', orderName],
        ['r8.10', lines.join(separator)],
      ],
    };
  }
};

/** r10: adult preventive checks, spread over six years because they reach further back than visits. */
export const preventiveChecks: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    const facility = random.pick(facilities.clinics);
    const height = random.int(150, 185);
    const weight = random.int(45, 95);
    const [bpCode, bpText] = random.pick(CHECK_RESULTS);
    const [lipidCode, lipidText] = random.pick(CHECK_RESULTS);
    const [glucoseCode, glucoseText] = random.pick(CHECK_RESULTS);
    const [renalCode, renalText] = random.pick(CHECK_RESULTS);
    const [metabolicCode, metabolicText] = random.pick(CHECK_RESULTS);
    const [liverCode, liverText] = random.pick(CHECK_RESULTS);

    yield {
      fields: [
        ['r10.1', facility.code],
        ['r10.2', facility.name],
        ['r10.3', '02'],
        ['r10.4', `2${random.digits(3)}-${random.digits(4)}`],
        ['r10.5', unitDate(context, i, 6 * 365)],
        ['r10.6', String(height)],
        ['r10.7', String(weight)],
        ['r10.8', (weight / (height / 100) ** 2).toFixed(1)],
        ['r10.9', random.chance(0.5) ? random.decimal(26, 38, 1) : String(random.int(65, 100))],
        ['r10.10', String(random.int(100, 150))],
        ['r10.11', String(random.int(60, 95))],
        ['r10.12', bpCode],
        ['r10.13', bpText],
        ['r10.14', String(random.int(150, 260))],
        ['r10.15', String(random.int(50, 250))],
        ['r10.16', String(random.int(35, 80))],
        ['r10.17', String(random.int(70, 170))],
        ['r10.18', lipidCode],
        ['r10.19', lipidText],
        ['r10.20', String(random.int(80, 130))],
        ['r10.21', glucoseCode],
        ['r10.22', glucoseText],
        ['r10.23', String(random.int(8, 20))],
        ['r10.24', random.decimal(0.6, 1.3, 1)],
        ['r10.25', random.decimal(60, 120, 1)],
        ['r10.26', renalCode],
        ['r10.27', renalText],
        ['r10.28', '0'],
        ['r10.29', metabolicCode],
        ['r10.30', metabolicText],
        ['r10.31', String(random.int(12, 45))],
        ['r10.32', String(random.int(8, 50))],
        ['r10.33', liverCode],
        ['r10.34', liverText],
        ['r10.35', '3'],
        ['r10.36', '未執行'],
        ['r10.37', '0'],
        ['r10.38', '無'],
        ['r10.39', '3'],
        ['r10.40', '未執行'],
        ['r10.41', '0'],
        ['r10.42', '無'],
      ],
    };
  }
};

/** r11: cancer screenings, each with one or two dated results. */
export const screenings: SectionBuilder = function* (context) {
  const { random, facilities } = context;

  for (let i = 0; i < context.units; i += 1) {
    const [category, testName] = SCREENINGS[i % SCREENINGS.length]!;
    const results: GeneratedRecord[] = Array.from({ length: random.int(1, 2) }, (_, round) => {
      const normal = random.chance(0.8);
      return {
        fields: [
          ['r11_1.1', unitDate(context, i + round * 0.5)],
          ['r11_1.2', random.pick(facilities.hospitals).name],
          ['r11_1.3', normal ? '無異常' : '異常'],
          ['r11_1.4', normal ? '請定期接受篩檢。' : '請儘速至醫院接受進一步檢查，並攜帶本次篩檢結果。'],
        ],
      };
    });
    yield {
      fields: [
        ['r11.1', category],
        ['r11.2', testName],
      ],
      children: { key: 'r11_1', records: results },
    };
  }
};
