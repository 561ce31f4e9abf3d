export {
  DEFAULT_LOCALE,
  errorGuard,
  isMhbError,
  LOCALES,
  type Locale,
  MhbError,
  type MhbErrorOptions,
  resolveLocale,
  VERSION,
} from '@mhbkit/core';
export type { EdgeBindingName, EdgeBindings } from './bindings.js';
export { isMhbBindingError, MhbBindingError, type MhbBindingErrorOptions } from './errors/binding-error.js';
export { EDGE_MESSAGES, type EdgeMessageCode } from './messages.js';
