import { formatNhiCodeMessage } from '../codes/describe-nhi-code.js';
import type { NhiCode } from '../codes/nhi-code.js';
import { coreMessage } from '../i18n/core-messages.js';
import type { Locale } from '../i18n/locale.js';
import { MhbApiError } from './api-error.js';

/** Options of {@link createReturnCodeError}. */
export interface ReturnCodeErrorOptions {
  /** The profile operation that was called. */
  readonly operation: string;
  /** The request id of the call, from the transport response. */
  readonly requestId: string;
  /** The HTTP status of the response, usually 200. */
  readonly status: number;
  /** The NHI return code that ends the call. */
  readonly nhiCode: NhiCode;
  /** The message language. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
}

/**
 * Builds an {@link MhbApiError} with code `API_RETURN_CODE` for an NHI return code that ends a call, e.g. `G003`
 * (key rejected). The message names the operation, the code and the request id, followed by the code's own message.
 *
 * @example
 * ```ts
 * const response = await transport.call('acknowledge', fields);
 * if (response.returnCode?.outcome !== 'success') {
 *   throw createReturnCodeError({ operation: 'acknowledge', ...response, nhiCode: response.returnCode, locale });
 * }
 * ```
 */
export function createReturnCodeError(options: ReturnCodeErrorOptions): MhbApiError {
  const detail = formatNhiCodeMessage(options.nhiCode, options.locale);
  return new MhbApiError({
    code: 'API_RETURN_CODE',
    message: coreMessage('API_RETURN_CODE', options.locale, {
      operation: options.operation,
      requestId: options.requestId,
      returnCode: options.nhiCode.code,
      detail,
    }),
    operation: options.operation,
    requestId: options.requestId,
    status: options.status,
    nhiCode: options.nhiCode,
  });
}
