import { parseMedicalFile } from '@mhbkit/retrieval';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMedicalFile } from './generate.js';
import { type GeneratorOptions, SECTION_CODES, type SectionMode } from './options.js';

/** The parser's section status for each generator section status. */
const PARSED_STATUS: Record<SectionMode, string> = {
  populated: 'parsed',
  empty: 'no-data',
  noData: 'no-data',
  absent: 'absent',
};

async function roundTrip(options: GeneratorOptions) {
  const { bytes, summary } = generateMedicalFile(options);
  const file = await parseMedicalFile(bytes, { locale: 'en' });
  return { file, summary };
}

describe('generated files through parseMedicalFile', () => {
  it.each<[string, GeneratorOptions]>([
    ['real-like JSON', { seed: 1, visits: 40 }],
    ['no quirks', { seed: 2, visits: 40, quirks: 'none' }],
    ['bare numbers', { seed: 3, visits: 40, quirks: { bareNumbers: true } }],
    ['XML', { seed: 4, visits: 40, format: 'xml' }],
    ['XML with r9 to r14', { seed: 5, visits: 40, format: 'xml', xmlIncludeR9ToR14: true }],
    ['mixed section modes', { seed: 6, sections: { r2: 'noData', r3: 'empty', r4: 'absent', r13: 'noData', r14: 0 } }],
  ])('%s parses without issues', async (_, options) => {
    const { file } = await roundTrip(options);

    expect(file.issues).toEqual([]);
  });

  it.each<[string, GeneratorOptions]>([
    ['JSON', { seed: 7, visits: 60, sections: { r2: 'noData', r3: 'empty', r5: 'absent' } }],
    ['XML', { seed: 7, visits: 60, format: 'xml', sections: { r2: 'noData' } }],
  ])('%s record counts and statuses match the summary', async (_, options) => {
    const { file, summary } = await roundTrip(options);

    for (const code of SECTION_CODES) {
      const expected = summary.sections[code];
      const section = file.sections[code];
      expect(section.records, code).toHaveLength(expected.records);
      if (options.format !== 'xml' || section.status !== 'not-in-format') {
        expect(section.status, code).toBe(PARSED_STATUS[expected.status]);
      }
    }
  });

  it('XML sections r9 to r14 are not in the format', async () => {
    const { file } = await roundTrip({ format: 'xml' });

    for (const code of ['r9', 'r10', 'r11', 'r12', 'r13', 'r14'] as const) {
      expect(file.sections[code].status, code).toBe('not-in-format');
    }
  });

  it('masked ID and application date', async () => {
    const { file, summary } = await roundTrip({ maskedId: 'Z98765****', applicationDate: '20250305' });

    expect(file.meta.maskedId).toBe(summary.maskedId);
    expect(file.meta.applicationDateText).toBe('20250305');
  });

  it('pharmacy rows are kept', async () => {
    const { file, summary } = await roundTrip({ seed: 8, visits: 50 });
    const rows = file.sections.r1.raw as Record<string, string>[];

    expect(summary.pharmacyRows).toBeGreaterThan(0);
    expect(rows.filter((row) => row['r1.7'] === 'XXXX')).toHaveLength(summary.pharmacyRows);
  });

  it('raw TABs give one issue per site', async () => {
    const { file, summary } = await roundTrip({ seed: 9, visits: 80, quirks: { rawControlCharacters: true } });
    const sites = summary.quirks.controlCharacters;
    const repaired = file.issues.filter((issue) => issue.code === 'CONTROL_CHARACTERS_REPAIRED');

    expect(sites.length).toBeGreaterThan(0);
    expect(repaired).toHaveLength(sites.length);
    expect(file.issues).toHaveLength(sites.length);
    expect(repaired.map((issue) => issue.field)).toEqual(sites.map((site) => site.field));
  });

  it('raw TABs survive in the values', async () => {
    const raw = await roundTrip({ seed: 9, visits: 80, quirks: { rawControlCharacters: true } });
    const escaped = await roundTrip({ seed: 9, visits: 80 });

    expect(raw.file.sections.r8.raw).toEqual(escaped.file.sections.r8.raw);
  });

  it('any seed and size parses without issues', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom<'json' | 'xml'>('json', 'xml'),
        fc.boolean(),
        async (seed, visits, format, bareNumbers) => {
          const { file, summary } = await roundTrip({ seed, visits, format, quirks: { bareNumbers } });

          expect(file.issues).toEqual([]);
          expect(file.sections.r1.records).toHaveLength(summary.sections.r1.records);
        },
      ),
      { numRuns: 25 },
    );
  });
});
