import { describe, expect, test } from 'vitest';
import { readApplicationDate, readGregorianDate, readTimestamp } from './dates.js';
import { dateFromFileName, parseRocDate } from './index.js';

describe('dates', () => {
  test('ROC date 1130305 is 2024-03-05', () => {
    expect(parseRocDate('1130305')).toBe('2024-03-05');
  });

  test.each(['113030', '1131305', '11303a5', '1130230'])('invalid ROC date %s is null', (text) => {
    expect(parseRocDate(text)).toBeNull();
  });

  const names: [string, string, 'roc' | 'gregorian'][] = [
    ['MHBJSON_1130305_1.zip', '2024-03-05', 'roc'],
    ['MHBJSON_1130305_1-1/健康存摺醫療類_1130305.JSON', '2024-03-05', 'roc'],
    ['健康存摺醫療類_20150301.json', '2015-03-01', 'gregorian'],
    ['2020010100000001.json', '2020-01-01', 'gregorian'],
    ['deliveries/2020010100000001.zip', '2020-01-01', 'gregorian'],
  ];
  test.each(names)('file name %s', (name, date, calendar) => {
    expect(dateFromFileName(name)).toEqual({ date, calendar });
  });

  test('file name without a date', () => {
    expect(dateFromFileName('export.txt')).toBeNull();
  });

  test('dates have no time zone shift', () => {
    expect(readGregorianDate('20260101')).toEqual({ ok: true, value: '2026-01-01' });
  });

  test('surrounding spaces are allowed', () => {
    expect(readGregorianDate(' 20150301 ')).toEqual({ ok: true, value: '2015-03-01' });
  });

  test('timestamp keeps wall-clock time', () => {
    expect(readTimestamp('202601100930')).toEqual({ ok: true, value: '2026-01-10T09:30' });
  });

  test.each(['202601102460', '202601102400', '2026011009', '20260110093a'])('invalid timestamp %s', (text) => {
    expect(readTimestamp(text).ok).toBe(false);
  });

  test('application date accepts 7-digit ROC', () => {
    expect(readApplicationDate('1150729')).toEqual({ ok: true, value: '2026-07-29' });
  });
});
