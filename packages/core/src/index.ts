export { describeNhiCode, formatNhiCodeMessage } from './codes/describe-nhi-code.js';
export { DOWNLOAD_TYPES } from './codes/download-types.js';
export type {
  KnownNhiCode,
  NhiCode,
  NhiCodeDefinition,
  NhiCodeSource,
  NhiCodeStatus,
  NhiOutcome,
  RetryAdvice,
  UnknownNhiCode,
} from './codes/nhi-code.js';
export { NHI_CODE_MESSAGES, type NhiCodeMessageKey } from './codes/nhi-code-messages.js';
export { NHI_MIN_FETCH_INTERVAL_MS, RETURN_CODES } from './codes/return-codes.js';
export { SDK_ERROR_CODES } from './codes/sdk-error-codes.js';
export {
  type ClientConfig,
  type ClientOptions,
  type FetchFunction,
  PHASES,
  type Phase,
  type SleepFunction,
} from './config/client-options.js';
export { resolveClientConfig } from './config/resolve-client-config.js';
export { DEFAULT_RETRY_POLICY, DEFAULT_RETRY_STATUSES, type RetryPolicy } from './config/retry-policy.js';
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_REQUEST_ID_HEADER,
  DEFAULT_TIMEOUT_POLICY,
  type TimeoutPolicy,
} from './config/timeout-policy.js';
export {
  deriveZipPassword,
  type LegacyConcatZipPasswordScheme,
  type Pbkdf2ZipPasswordScheme,
  ZIP_PASSWORD_DIGEST,
  ZIP_PASSWORD_ITERATIONS,
  ZIP_PASSWORD_KEY_LENGTH,
  type ZipPasswordScheme,
} from './derivation/derive-zip-password.js';
export {
  type Pbkdf2Digest,
  type Pbkdf2Implementation,
  type Pbkdf2Input,
  webCryptoPbkdf2,
} from './derivation/pbkdf2.js';
export { isMhbAbortError, MhbAbortError, type MhbAbortErrorOptions } from './errors/abort-error.js';
export { isMhbApiError, MAX_BODY_EXCERPT_LENGTH, MhbApiError, type MhbApiErrorOptions } from './errors/api-error.js';
export { isMhbConfigError, MhbConfigError, type MhbConfigErrorOptions } from './errors/config-error.js';
export { isMhbConnectionError, MhbConnectionError, type MhbConnectionErrorOptions } from './errors/connection-error.js';
export { errorGuard, isMhbError, MhbError, type MhbErrorOptions } from './errors/mhb-error.js';
export { createReturnCodeError, type ReturnCodeErrorOptions } from './errors/return-code-error.js';
export {
  isMhbTimeoutError,
  MhbTimeoutError,
  type MhbTimeoutErrorOptions,
  type TimeoutDeadline,
} from './errors/timeout-error.js';
export {
  type CatalogProblem,
  checkCatalog,
  defineCatalog,
  formatMessage,
  type MessageCatalog,
  type MessageParams,
} from './i18n/catalog.js';
export { CORE_MESSAGES, type CoreMessageCode } from './i18n/core-messages.js';
export { DEFAULT_LOCALE, LOCALES, type Locale, resolveLocale } from './i18n/locale.js';
export { LOG_LEVELS, type LogFields, type Logger, type LogLevel, noopLogger } from './logging/logger.js';
export {
  createRedactingLogger,
  type RedactingLoggerOptions,
  SECRET_FIELD_PATTERN,
} from './logging/redacting-logger.js';
export { defineEndpointProfile, withBaseUrl } from './profiles/define-endpoint-profile.js';
export type {
  ApiKeyPlacement,
  EndpointOperation,
  EndpointOperations,
  EndpointProfile,
  OperationName,
  RequestEncoding,
  RequestFieldNames,
  ResponseFieldNames,
} from './profiles/endpoint-profile.js';
export { OBSERVED_SDK_DEVICE_2019 } from './profiles/observed-sdk-device-2019.js';
export { ApiKey } from './secrets/api-key.js';
export { REDACTED, redact } from './secrets/redact.js';
export { SecretValue } from './secrets/secret-value.js';
export { ServerKey } from './secrets/server-key.js';
export { TICKET_VISIBLE_SUFFIX_LENGTH, TicketNumber } from './secrets/ticket-number.js';
export type { RequestFields } from './transport/encode-request.js';
export { type CallOptions, createTransport, type Transport, type TransportResponse } from './transport/transport.js';
export { VERSION } from './version.js';
