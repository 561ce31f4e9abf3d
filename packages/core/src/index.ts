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
export { isMhbConfigError, MhbConfigError, type MhbConfigErrorOptions } from './errors/config-error.js';
export { errorGuard, isMhbError, MhbError, type MhbErrorOptions } from './errors/mhb-error.js';
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
export { VERSION } from './version.js';
