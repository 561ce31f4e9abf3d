import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../i18n/catalog.js';
import { describeNhiCode, formatNhiCodeMessage } from './describe-nhi-code.js';
import { DOWNLOAD_TYPES } from './download-types.js';
import type { NhiCodeSource, NhiOutcome, RetryAdvice } from './nhi-code.js';
import { NHI_CODE_MESSAGES } from './nhi-code-messages.js';
import { RETURN_CODES } from './return-codes.js';
import { SDK_ERROR_CODES } from './sdk-error-codes.js';

type Row = [source: NhiCodeSource, code: string, outcome: NhiOutcome, retry: RetryAdvice['when'], official: boolean];

// Every entry of the three tables, with its outcome and retry advice.
const TABLE: Row[] = [
  ['rtnCode', 'G000', 'success', 'never', false],
  ['rtnCode', 'G001', 'requestInvalid', 'after-fix', false],
  ['rtnCode', 'G002', 'versionUnsupported', 'after-fix', false],
  ['rtnCode', 'G003', 'keyRejected', 'after-fix', false],
  ['rtnCode', 'G005', 'serverTimeout', 'after-delay', false],
  ['rtnCode', 'G097', 'unavailable', 'after-delay', true],
  ['rtnCode', 'G099', 'unavailable', 'after-delay', false],
  ['oType', '1', 'ready', 'never', false],
  ['oType', '2', 'unknown', 'unknown', false],
  ['oType', '3', 'notReady', 'after-delay', false],
  ['oType', '4', 'ticketRejected', 'never', false],
  ['sdk', '092', 'deviceUnsupported', 'after-fix', false],
  ['sdk', '093', 'deviceUnsupported', 'after-fix', false],
  ['sdk', '094', 'deviceUnsupported', 'after-fix', false],
  ['sdk', '095', 'dataError', 'never', true],
  ['sdk', '096', 'deviceUnsupported', 'after-fix', true],
  ['sdk', '097', 'unavailable', 'after-delay', true],
  ['sdk', '098', 'noNetwork', 'after-delay', true],
  ['sdk', '099', 'unavailable', 'after-delay', true],
  ['sdk', '101', 'tooManyTickets', 'after-fix', true],
  ['sdk', '102', 'keyRejected', 'after-fix', true],
  ['sdk', '103', 'unknown', 'unknown', false],
  ['sdk', '201', 'storageFull', 'after-fix', true],
  ['sdk', '202', 'tooSoon', 'after-delay', true],
  ['sdk', '203', 'unknown', 'unknown', false],
  ['sdk', '204', 'notReady', 'after-delay', true],
  ['sdk', '205', 'ticketMissing', 'never', true],
  ['sdk', '206', 'ticketRejected', 'never', true],
  ['sdk', '03', 'unknown', 'unknown', false],
];

// The zh-TW texts NHI ships in the SDK resources or that integrators copied from them.
const OFFICIAL_TEXTS: Record<string, string> = {
  '095': '發生系統資料處理異常，請洽健保署聯絡窗口',
  '096': '不支援模擬器開發使用',
  '097': '發生不可預期之錯誤，請洽健保署服務窗口',
  '098': '無網路可使用，請確認是否開啟',
  '099': '系統忙碌中，請稍後再試',
  '101': '此APP未完成取檔流程，請洽此APP開發廠商',
  '102': 'Api_Key 錯誤',
  '201': '儲存空間不足',
  '202': '詢問間隔須多於 60 秒',
  '204': '檔案尚未產製完成',
  '205': '取檔時 File_Ticket 不存在',
  '206': '取檔時 File_Ticket 驗證失敗',
};

describe('NHI code tables', () => {
  it('lists exactly the tested codes', () => {
    const listed = [
      ...Object.keys(RETURN_CODES).map((code) => `rtnCode:${code}`),
      ...Object.keys(DOWNLOAD_TYPES).map((code) => `oType:${code}`),
      ...Object.keys(SDK_ERROR_CODES).map((code) => `sdk:${code}`),
    ];
    expect(listed.sort()).toEqual(TABLE.map(([source, code]) => `${source}:${code}`).sort());
  });

  it.each(TABLE)('%s %s maps to %s', (source, code, outcome) => {
    expect(describeNhiCode(source, code).outcome).toBe(outcome);
  });

  it.each(TABLE)('%s %s has retry advice %s', (source, code, _outcome, retry) => {
    expect(describeNhiCode(source, code).retry.when).toBe(retry);
  });

  it.each(TABLE)('%s %s is known', (source, code) => {
    expect(describeNhiCode(source, code).known).toBe(true);
  });

  it.each(TABLE)('%s %s marks official text', (source, code, _outcome, _retry, official) => {
    const described = describeNhiCode(source, code);
    expect(described.known ? described.officialText : undefined).toBe(official);
  });

  it.each(TABLE)('%s %s has a zh-TW message', (source, code) => {
    expect(formatNhiCodeMessage(describeNhiCode(source, code), 'zh-TW')).not.toMatch(/^(RTN|OTYPE|SDK)_/);
  });

  it.each(TABLE)('%s %s has an English message', (source, code) => {
    expect(formatNhiCodeMessage(describeNhiCode(source, code), 'en')).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each(Object.entries(OFFICIAL_TEXTS))('SDK %s uses the NHI text', (code, text) => {
    expect(formatNhiCodeMessage(describeNhiCode('sdk', code), 'zh-TW')).toBe(text);
  });

  it('defaults messages to zh-TW', () => {
    expect(formatNhiCodeMessage(describeNhiCode('sdk', '204'))).toBe('檔案尚未產製完成');
  });

  it.each([
    ['sdk', '204'],
    ['sdk', '202'],
    ['oType', '3'],
  ] as const)('%s %s waits at least 60 s', (source, code) => {
    expect(describeNhiCode(source, code).retry).toEqual({ when: 'after-delay', minDelayMs: 60_000 });
  });

  it('has a complete message catalog', () => {
    expect(checkCatalog(NHI_CODE_MESSAGES)).toEqual([]);
  });
});

describe('describeNhiCode', () => {
  it.each([
    ['sdk', 92, '092'],
    ['sdk', '92', '092'],
    ['sdk', 3, '03'],
    ['sdk', ' 204 ', '204'],
    ['rtnCode', 'g000', 'G000'],
    ['oType', ' 1', '1'],
  ] as const)('normalizes %s %j', (source, raw, code) => {
    expect(describeNhiCode(source, raw).code).toBe(code);
  });

  it('keeps the raw code', () => {
    expect(describeNhiCode('sdk', 92).rawCode).toBe('92');
  });

  it.each([
    ['rtnCode', 'G123'],
    ['oType', '5'],
    ['sdk', '999'],
    ['sdk', 'NO_VALID_FILE_TICKET'],
  ] as const)('returns unknown for %s %s', (source, code) => {
    expect(describeNhiCode(source, code)).toEqual({
      known: false,
      source,
      code,
      rawCode: code,
      outcome: 'unknown',
      retry: { when: 'unknown' },
    });
  });

  it('names an unknown code in its message', () => {
    expect(formatNhiCodeMessage(describeNhiCode('rtnCode', 'G123'), 'en')).toBe(
      'Unknown rtnCode code G123. Keep the raw code and report it to mhbkit.',
    );
  });

  it('cuts an overlong raw code', () => {
    expect(describeNhiCode('sdk', 'x'.repeat(1000)).rawCode).toHaveLength(32);
  });

  it('never throws and keeps the raw code', () => {
    fc.assert(
      fc.property(fc.constantFrom('rtnCode', 'oType', 'sdk' as const), fc.string({ maxLength: 32 }), (source, raw) => {
        expect(describeNhiCode(source, raw).rawCode).toBe(raw);
      }),
    );
  });
});
