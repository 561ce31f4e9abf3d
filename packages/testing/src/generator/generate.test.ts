import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMhbTestingError } from '../errors/testing-error.js';
import { generateMedicalFile, generateMedicalFileChunks } from './generate.js';
import { SECTION_CODES } from './options.js';

type Bdata = Record<string, unknown>;

function parseJson(bytes: Uint8Array): Bdata {
  const text = new TextDecoder().decode(bytes);
  const root = JSON.parse(text) as { myhealthbank: { bdata: Bdata } };
  return root.myhealthbank.bdata;
}

function sectionOf(bdata: Bdata, code: string): unknown[] | undefined {
  return (bdata[code] ?? bdata[code.toUpperCase()]) as unknown[] | undefined;
}

describe('generateMedicalFile', () => {
  it('same seed gives identical bytes', () => {
    const first = generateMedicalFile({ seed: 'same', visits: 20 });
    const second = generateMedicalFile({ seed: 'same', visits: 20 });

    expect(first.bytes).toEqual(second.bytes);
  });

  it('other seed gives other bytes', () => {
    const first = generateMedicalFile({ seed: 1 });
    const second = generateMedicalFile({ seed: 2 });

    expect(first.bytes).not.toEqual(second.bytes);
  });

  it('real-like defaults: BOM, CRLF, TAB indentation', () => {
    const { bytes, summary } = generateMedicalFile();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('\r\n\t\t\t"b1.1": ');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(summary.quirks).toMatchObject({ bom: true, crlf: true, tabIndent: true });
  });

  it('quirks none parses strictly', () => {
    const { bytes } = generateMedicalFile({ quirks: 'none' });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

    expect(text.startsWith('{\n  "myhealthbank"')).toBe(true);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('record counts match the summary', () => {
    const { bytes, summary } = generateMedicalFile({ seed: 9, visits: 40 });
    const bdata = parseJson(bytes);

    for (const code of SECTION_CODES) {
      expect(sectionOf(bdata, code), code).toHaveLength(summary.sections[code].records);
    }
  });

  it('upper-case R12 to R14 in JSON', () => {
    const { bytes, summary } = generateMedicalFile();
    const bdata = parseJson(bytes);

    expect(Object.keys(bdata)).toEqual(expect.arrayContaining(['R12', 'R13', 'R14']));
    expect(bdata['r12']).toBeUndefined();
    expect(summary.sections.r12.key).toBe('R12');
  });

  it.each([
    ['populated', 'populated'],
    ['empty', 'empty'],
    ['noData', 'noData'],
    ['absent', 'absent'],
  ] as const)('section mode %s', (mode, status) => {
    const { bytes, summary } = generateMedicalFile({ sections: { r2: mode, r13: mode } });
    const bdata = parseJson(bytes);

    expect(summary.sections.r2.status).toBe(status);
    expect(summary.sections.r13.status).toBe(status);
    if (mode === 'absent') expect('r2' in bdata).toBe(false);
    if (mode === 'empty') expect(bdata['r2']).toEqual([]);
    if (mode === 'noData') expect(bdata['r2']).toEqual([{ r2: '無資料' }]);
    if (mode === 'noData') expect(bdata['R13']).toEqual([{ r13: '無資料' }]);
  });

  it('record count setting is exact', () => {
    const { bytes, summary } = generateMedicalFile({ sections: { r1: 7, r7: 5, r12: 2 } });
    const bdata = parseJson(bytes);

    expect(bdata['r1']).toHaveLength(7);
    expect(bdata['r7']).toHaveLength(5);
    expect(bdata['R12']).toHaveLength(2);
    expect(summary.sections.r7.records).toBe(5);
  });

  it('pharmacy rows have r1.6 and XXXX', () => {
    const { bytes, summary } = generateMedicalFile({ seed: 3, visits: 30 });
    const rows = parseJson(bytes)['r1'] as Record<string, string>[];
    const pharmacy = rows.filter((row) => row['r1.7'] === 'XXXX');

    expect(pharmacy.length).toBe(summary.pharmacyRows);
    expect(pharmacy.length).toBeGreaterThan(0);
    expect(pharmacy.every((row) => row['r1.5'] === '' && /^\d{8}$/.test(row['r1.6']!))).toBe(true);
  });

  it('facility codes start with 99', () => {
    const { bytes } = generateMedicalFile({ seed: 4, visits: 30 });
    const codes = new TextDecoder().decode(bytes).match(/"r\d+\.3": "(\d{10})"/g) ?? [];

    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((field) => field.includes('"99'))).toBe(true);
  });

  it('dental days at r3_1.6', () => {
    const rows = parseJson(generateMedicalFile({ visits: 30 }).bytes)['r3'] as { r3_1: Record<string, string>[] }[];
    const orders = rows.flatMap((row) => row.r3_1);

    expect(orders.every((order) => /^\d{2}$/.test(order['r3_1.4']!) && order['r3_1.6'] === '0')).toBe(true);
  });

  it('reference range formats present', () => {
    const text = new TextDecoder().decode(generateMedicalFile({ seed: 5, visits: 300 }).bytes);

    for (const range of ['[0.70][1.20]', '[無][10.0]', '[無][無]', '[[0-14d]0.1-0.8', '70-99', '<150']) {
      expect(text, range).toContain(`"${range}`);
    }
  });

  it('text results present', () => {
    const text = new TextDecoder().decode(generateMedicalFile({ seed: 5, visits: 300 }).bytes);

    for (const result of ['陰性', '1+', '＜1.0']) expect(text, result).toContain(`"r7.11": "${result}"`);
  });

  it('escaped TABs by default', () => {
    const { bytes, summary } = generateMedicalFile({ seed: 6, visits: 60, quirks: 'none' });
    const reports = (parseJson(bytes)['r8'] as Record<string, string>[]).map((row) => row['r8.10']!);

    expect(summary.quirks.controlCharacters.length).toBeGreaterThan(0);
    expect(summary.quirks.controlCharacters.every((site) => !site.raw)).toBe(true);
    expect(reports.some((report) => report.includes('\t'))).toBe(true);
    expect(reports.some((report) => report.includes('\n'))).toBe(false);
  });

  it('raw TABs break strict JSON', () => {
    const { bytes, summary } = generateMedicalFile({
      seed: 6,
      visits: 60,
      quirks: { rawControlCharacters: ['r8.10'] },
    });
    const sites = summary.quirks.controlCharacters;

    expect(() => parseJson(bytes)).toThrow(SyntaxError);
    expect(sites.length).toBeGreaterThan(0);
    expect(sites.every((site) => site.raw && site.field === 'r8.10' && site.section === 'r8')).toBe(true);
  });

  it('raw TAB sites point at the records', () => {
    const escaped = generateMedicalFile({ seed: 6, visits: 60, quirks: 'none' });
    const reports = parseJson(escaped.bytes)['r8'] as Record<string, string>[];

    for (const site of escaped.summary.quirks.controlCharacters) {
      const value = reports[site.record]![site.field]!;
      expect(value.split('\t').length - 1).toBe(site.count);
    }
  });

  it('bare numbers', () => {
    const { bytes, summary } = generateMedicalFile({ quirks: { bareNumbers: true } });
    const rows = parseJson(bytes)['r1'] as Record<string, unknown>[];

    expect(typeof rows[0]!['r1.13']).toBe('number');
    expect(typeof rows[0]!['r1.8']).toBe('string');
    expect(summary.quirks.bareNumbers.count).toBeGreaterThan(0);
    expect(summary.quirks.bareNumbers.fields).toContain('r1_1.3');
  });

  it('invalid masked ID rejected', () => {
    const error = (() => {
      try {
        generateMedicalFile({ maskedId: 'Z123456789' });
      } catch (caught) {
        return caught;
      }
    })();

    expect(isMhbTestingError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('GENERATOR_INVALID_OPTION');
  });

  it.each([
    [{ applicationDate: '20260230' }],
    [{ visits: 0 }],
    [{ visits: 1.5 }],
    [{ targetBytes: -1 }],
    [{ sections: { r1: 'some' as 'empty' } }],
  ])('invalid option %o rejected', (options) => {
    expect(() => generateMedicalFile(options)).toThrow(expect.objectContaining({ code: 'GENERATOR_INVALID_OPTION' }));
  });

  it('dates before the application date', () => {
    const text = new TextDecoder().decode(generateMedicalFile({ seed: 8, visits: 100 }).bytes);
    const dates = [...text.matchAll(/"r(?:1|3|7|9)\.5": "(\d{8})"/g)].map((match) => match[1]!);

    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date < '20260110' && date >= '20230110')).toBe(true);
  });
});

describe('XML variant', () => {
  it('lacks r9 to r14 by default', () => {
    const { bytes, summary } = generateMedicalFile({ format: 'xml' });
    const text = new TextDecoder().decode(bytes);

    expect(text).not.toContain('<r9>');
    expect(text).not.toContain('<r12>');
    expect(summary.sections.r9.status).toBe('absent');
    expect(summary.sections.r14.status).toBe('absent');
  });

  it('includes r9 to r14 on request', () => {
    const text = new TextDecoder().decode(generateMedicalFile({ format: 'xml', xmlIncludeR9ToR14: true }).bytes);

    expect(text).toContain('<r9>');
    expect(text).toContain('<r12>');
  });

  it('no-data section as text element', () => {
    const text = new TextDecoder().decode(generateMedicalFile({ format: 'xml', sections: { r2: 'noData' } }).bytes);

    expect(text).toContain('<r2>無資料</r2>');
  });

  it('pharmacy rows first', () => {
    const text = new TextDecoder().decode(generateMedicalFile({ format: 'xml', seed: 3, visits: 30 }).bytes);
    const sequences = [...text.matchAll(/<r1\.7>([^<]*)<\/r1\.7>/g)].map((match) => match[1]);
    const firstVisit = sequences.findIndex((value) => value !== 'XXXX');

    expect(firstVisit).toBeGreaterThan(0);
    expect(sequences.slice(firstVisit)).not.toContain('XXXX');
  });

  it('reports keep line breaks', () => {
    const text = new TextDecoder().decode(generateMedicalFile({ format: 'xml', seed: 6, visits: 60 }).bytes);

    expect(text).toMatch(/<r8\.10>[^<]*\n[^<]*<\/r8\.10>/);
  });

  it('record counts match the summary', () => {
    const { bytes, summary } = generateMedicalFile({ format: 'xml', seed: 2, visits: 25, xmlIncludeR9ToR14: true });
    const text = new TextDecoder().decode(bytes);

    for (const code of SECTION_CODES) {
      const count = text.split(`<${code}>`).length - 1;
      expect(count, code).toBe(summary.sections[code].records);
    }
  });
});

describe('generateMedicalFileChunks', () => {
  it('chunks equal the whole file', () => {
    const whole = generateMedicalFile({ seed: 11, visits: 200 });
    const chunks = [...generateMedicalFileChunks({ seed: 11, visits: 200 })];
    const joined = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      joined.set(chunk, offset);
      offset += chunk.length;
    }

    expect(chunks.length).toBeGreaterThan(1);
    expect(joined).toEqual(whole.bytes);
  });

  it('targetBytes with fixed counts keeps the size', () => {
    const counts = Object.fromEntries(SECTION_CODES.map((code) => [code, 2]));
    const file = generateMedicalFile({ targetBytes: 1_000_000, sections: counts });

    expect(file.summary.sections.r1.records).toBe(2);
  });

  it('summary before the end throws', () => {
    const file = generateMedicalFileChunks();

    expect(() => file.summary).toThrow(expect.objectContaining({ code: 'GENERATOR_NOT_FINISHED' }));
  });

  it('targetBytes lands within ten per cent', () => {
    const file = generateMedicalFileChunks({ targetBytes: 5_000_000 });
    let bytes = 0;
    for (const chunk of file) bytes += chunk.length;

    expect(bytes).toBe(file.summary.bytes);
    expect(Math.abs(bytes - 5_000_000) / 5_000_000).toBeLessThan(0.1);
  });
});

describe('generator properties', () => {
  it('any seed and size parses', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 40 }), fc.boolean(), (seed, visits, bareNumbers) => {
        const { bytes, summary } = generateMedicalFile({ seed, visits, quirks: { bareNumbers } });
        const bdata = parseJson(bytes);

        expect(bdata['b1.1']).toBe(summary.maskedId);
        for (const code of SECTION_CODES) expect(sectionOf(bdata, code)).toHaveLength(summary.sections[code].records);
      }),
      { numRuns: 40 },
    );
  });
});

describe('JSON and XML differences', () => {
  it('brand quotes: single in JSON, double in XML', () => {
    const json = new TextDecoder().decode(generateMedicalFile({ seed: 2, visits: 30 }).bytes);
    const xml = new TextDecoder().decode(
      generateMedicalFile({ seed: 2, visits: 30, format: 'xml', xmlIncludeR9ToR14: true }).bytes,
    );

    expect(json).toContain(`"r9_1.2": "'虛擬'`);
    expect(xml).toContain('<r9_1.2>"虛擬"');
  });

  it('ampersand escaped only in XML', () => {
    const seeds = Array.from({ length: 20 }, (_, seed) => seed);
    const seed = seeds.find((candidate) =>
      new TextDecoder().decode(generateMedicalFile({ seed: candidate }).bytes).includes('A&B'),
    )!;
    const xml = new TextDecoder().decode(generateMedicalFile({ seed, format: 'xml' }).bytes);

    expect(seed).toBeDefined();
    expect(xml).toContain('A&amp;B');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });
});
