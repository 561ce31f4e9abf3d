import { describe, expect, test } from 'vitest';
import { readLabResult, readReferenceRange } from './lab-values.js';
import { parseBdata } from './test-support/build-file.js';

describe('readReferenceRange', () => {
  const ranges: [string, number | null, number | null][] = [
    ['[0.70][1.20]', 0.7, 1.2],
    ['[無][10.0]', null, 10],
    ['[無][= 5.0]', null, 5],
    ['[無][無]', null, null],
    ['[.][.]', null, null],
    ['[0.6~1.3][0.6~1.3]', 0.6, 1.3],
    ['[0~41][0~41]', 0, 41],
    ['[[0-14d]0.1-0.8 [≧18y]M 0.2-1.8 F 0.2-2.0][[0-14d]0.1-0.8 [≧18y]M 0.2-1.8 F 0.2-2.0]', null, null],
    ['[0.6~1.3][0.7~1.4]', null, null],
    ['70-99', 70, 99],
    ['3.8-10', 3.8, 10],
    ['<150', null, 150],
    ['≦3.4', null, 3.4],
    ['＜150', null, 150],
    ['>40', 40, null],
    ['40 以上', 40, null],
    ['M 0.2-1.8 F 0.2-2.0', null, null],
    ['陰性', null, null],
  ];
  test.each(ranges)('%s reads as %s to %s', (text, low, high) => {
    expect(readReferenceRange(text)).toEqual({ text, low, high });
  });

  test('empty range is null in a record', async () => {
    const file = await parseBdata({ r7: [{ 'r7.12': '' }] });
    expect(file.sections.r7.records[0]?.referenceRange).toBeNull();
  });
});

describe('readLabResult', () => {
  const texts: [string, number | null][] = [
    ['陰性', null],
    ['-', null],
    ['1+', null],
    ['Pale yellow', null],
    ['1:40 SP', null],
    ['WNL', null],
    ['0.92', 0.92],
    ['120', 120],
    ['-3.5', -3.5],
  ];
  test.each(texts)('%s has number %s', (text, value) => {
    expect(readLabResult(text).value).toBe(value);
  });

  const censored: [string, string, number][] = [
    ['＜1.0', '<', 1],
    ['<0.5', '<', 0.5],
    ['>1000', '>', 1000],
    ['<=5', '<=', 5],
    ['≧60', '>=', 60],
    ['＞ 90', '>', 90],
  ];
  test.each(censored)('%s is censored', (text, comparator, limit) => {
    expect(readLabResult(text)).toEqual({ text, value: null, comparator, limit });
  });

  test('1+ never becomes 1', async () => {
    const file = await parseBdata({ r7: [{ 'r7.11': '1+' }] });
    expect(file.sections.r7.records[0]?.result).toEqual({ text: '1+', value: null, comparator: null, limit: null });
  });
});
