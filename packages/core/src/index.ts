export { errorGuard, isMhbError, MhbError, type MhbErrorOptions } from './errors/mhb-error.js';
export {
  type CatalogProblem,
  checkCatalog,
  defineCatalog,
  formatMessage,
  type MessageCatalog,
  type MessageParams,
} from './i18n/catalog.js';
export { DEFAULT_LOCALE, LOCALES, type Locale, resolveLocale } from './i18n/locale.js';
export { VERSION } from './version.js';
