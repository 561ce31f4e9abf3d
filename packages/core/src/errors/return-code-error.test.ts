import { describe, expect, it } from 'vitest';
import { describeNhiCode } from '../codes/describe-nhi-code.js';
import { createReturnCodeError } from './return-code-error.js';

const OPTIONS = { operation: 'download', requestId: 'req-7', status: 200, nhiCode: describeNhiCode('rtnCode', 'G003') };

describe('createReturnCodeError', () => {
  it('uses the API_RETURN_CODE code', () => {
    expect(createReturnCodeError(OPTIONS).code).toBe('API_RETURN_CODE');
  });

  it('carries the outcome', () => {
    expect(createReturnCodeError(OPTIONS).outcome).toBe('keyRejected');
  });

  it('writes the message in English', () => {
    expect(createReturnCodeError({ ...OPTIONS, locale: 'en' }).message).toBe(
      'NHI returned code G003 for download (request id req-7): NHI rejected the API key (no permission). Check that the key matches the configured phase (test or production).',
    );
  });

  it('writes the message in zh-TW by default', () => {
    expect(createReturnCodeError(OPTIONS).message).toMatch(/^健保署對 download 回傳代碼 G003（請求編號 req-7）：/);
  });

  it('names an unknown code', () => {
    const error = createReturnCodeError({ ...OPTIONS, nhiCode: describeNhiCode('rtnCode', 'G777'), locale: 'en' });
    expect(error.message).toContain('Unknown rtnCode code G777');
  });
});
