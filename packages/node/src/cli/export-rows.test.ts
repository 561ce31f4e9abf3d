import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, toNdjson } from './export-rows.js';

/** Reads RFC 4180 CSV back into rows of cells, for checking the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (character === '"') {
        quoted = false;
      } else {
        cell += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += character;
    }
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a byte order mark', () => {
    expect(toCsv(['a'], [{ a: 'x' }]).startsWith('\uFEFF')).toBe(true);
  });

  it('writes null as an empty cell and objects as JSON', () => {
    expect(toCsv(['a', 'b'], [{ a: null, b: { value: 1 } }])).toBe('\uFEFFa,b\r\n,"{""value"":1}"\r\n');
  });

  it('reads back any text cells', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 20 }), (pairs) => {
        const rows = pairs.map(([first, second]) => ({ 就醫日期: first, 'Visit date': second }));
        const text = toCsv(['就醫日期', 'Visit date'], rows).slice(1);
        expect(readCsv(text)).toEqual([['就醫日期', 'Visit date'], ...pairs]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toNdjson', () => {
  it('writes one parsable line per row', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.dictionary(
            fc.string().filter((key) => key !== '__proto__'),
            fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
          ),
        ),
        (rows) => {
          const lines = toNdjson(rows).split('\n').slice(0, -1);
          expect(lines.map((line) => JSON.parse(line))).toEqual(rows);
        },
      ),
    );
  });
});
