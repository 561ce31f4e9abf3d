import { DEFAULT_LOCALE, type Locale, PHASES, type Phase, resolveLocale } from '@mhbkit/core';
import type { EdgeBindings } from '../bindings.js';
import { MhbBindingError } from '../errors/binding-error.js';
import { type EdgeMessageCode, edgeMessage } from '../messages.js';
import { readBinding } from './read-binding.js';

/** Settings given as explicit options; each one that is set wins over its binding. */
export interface ExplicitSettings<Key> {
  readonly apiKey?: Key | undefined;
  readonly phase?: Phase | undefined;
  readonly baseUrl?: string | undefined;
  readonly locale?: Locale | undefined;
}

/** The settings `createClient` passes on, after bindings fill what the options left out. */
export interface ResolvedSettings<Key> {
  readonly apiKey: Key | string;
  readonly phase: Phase;
  readonly baseUrl?: string;
  readonly locale: Locale;
}

/**
 * Merges explicit settings with bindings. A binding is read only when its option is unset, so an invalid binding
 * that an option replaces raises nothing.
 *
 * @throws {@link MhbBindingError} when a binding that is needed is missing, is not text, or is invalid.
 */
export function resolveBindings<Key>(bindings: EdgeBindings, explicit: ExplicitSettings<Key>): ResolvedSettings<Key> {
  const locale = explicit.locale ?? localeFromBinding(bindings);

  const apiKey = explicit.apiKey ?? readBinding(bindings, 'MHB_API_KEY', locale);
  if (apiKey === undefined) throw bindingError('EDGE_API_KEY_MISSING', 'MHB_API_KEY', locale);

  const phase = explicit.phase ?? phaseFromBinding(bindings, locale);

  const baseUrl = explicit.baseUrl ?? baseUrlFromBinding(bindings, locale);

  return baseUrl === undefined ? { apiKey, phase, locale } : { apiKey, phase, baseUrl, locale };
}

function localeFromBinding(bindings: EdgeBindings): Locale {
  // Errors about MHB_LOCALE itself cannot use it, so they are written in the default locale.
  const tag = readBinding(bindings, 'MHB_LOCALE', DEFAULT_LOCALE);
  if (tag === undefined) return DEFAULT_LOCALE;

  const locale = resolveLocale(tag);
  if (locale === undefined) throw bindingError('EDGE_LOCALE_INVALID', 'MHB_LOCALE', DEFAULT_LOCALE, tag);
  return locale;
}

function phaseFromBinding(bindings: EdgeBindings, locale: Locale): Phase {
  const value = readBinding(bindings, 'MHB_PHASE', locale);
  if (value === undefined) throw bindingError('EDGE_PHASE_MISSING', 'MHB_PHASE', locale);

  const phase = PHASES.find((candidate) => candidate === value.toLowerCase());
  if (phase === undefined) throw bindingError('EDGE_PHASE_INVALID', 'MHB_PHASE', locale, value);
  return phase;
}

function baseUrlFromBinding(bindings: EdgeBindings, locale: Locale): string | undefined {
  const value = readBinding(bindings, 'MHB_BASE_URL', locale);
  if (value === undefined) return undefined;

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bindingError('EDGE_BASE_URL_INVALID', 'MHB_BASE_URL', locale);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw bindingError('EDGE_BASE_URL_INVALID', 'MHB_BASE_URL', locale);
  }
  return value;
}

function bindingError(code: EdgeMessageCode, binding: string, locale: Locale, value?: string): MhbBindingError {
  const params = value === undefined ? {} : { value: displayValue(value) };
  return new MhbBindingError({ code, message: edgeMessage(code, locale, params), binding });
}

/** The longest binding value that an error message repeats. NHI API keys are 32 characters, so none fits. */
const MAX_DISPLAYED_LENGTH = 16;

/**
 * Returns the text an error message shows for an invalid value. A long value or one with unusual characters may be
 * a secret bound under the wrong name, so only its length is shown.
 */
function displayValue(value: string): string {
  if (value.length <= MAX_DISPLAYED_LENGTH && /^[\w.-]+$/.test(value)) return value;
  return `<${value.length} characters>`;
}
