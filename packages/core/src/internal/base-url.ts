import { configError } from '../errors/config-error.js';
import type { Locale } from '../i18n/locale.js';

/** Invalid values are cut to this many characters in messages, so a pasted blob cannot flood a log line. */
const MAX_SHOWN_LENGTH = 80;

/**
 * Tells whether `hostname` (as `URL` normalizes it) is a loopback address: `localhost`, 127.0.0.0/8 or `::1`.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * Checks a base URL and returns it normalized, without a trailing slash.
 *
 * Only `https:` is accepted, except that loopback addresses may use `http:` for local sandboxes. URLs with a user
 * name or password are rejected, because credentials in a URL end up in logs.
 *
 * @throws {@link MhbConfigError} `CONFIG_URL_INVALID`, `CONFIG_URL_INSECURE` or `CONFIG_URL_CREDENTIALS`.
 */
export function checkBaseUrl(value: unknown, option: string, locale: Locale | undefined): string {
  let url: URL;
  try {
    if (typeof value !== 'string') throw new TypeError('not a string');
    url = new URL(value);
  } catch {
    throw configError('CONFIG_URL_INVALID', option, locale, { value: showUnparsed(value) });
  }

  // Messages show the URL without user info, query or fragment, which is where credentials and keys would sit.
  // A value with another scheme may be a key with a colon in it, so only its scheme is shown.
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  const shown = web ? `${url.protocol}//${url.host}${url.pathname}`.slice(0, MAX_SHOWN_LENGTH) : url.protocol;

  if (url.username !== '' || url.password !== '') throw configError('CONFIG_URL_CREDENTIALS', option, locale);

  const secure = url.protocol === 'https:';
  const loopbackHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (!secure && !loopbackHttp) throw configError('CONFIG_URL_INSECURE', option, locale, { value: shown });
  if (url.search !== '' || url.hash !== '') throw configError('CONFIG_URL_INVALID', option, locale, { value: shown });

  return url.href.replace(/\/+$/, '');
}

/**
 * Shows a value that is not a URL. It is shown only when it looks like a mistyped URL (it contains `.`, `/` or `:`),
 * because a caller who swapped two options could otherwise put the API key into the message.
 */
function showUnparsed(value: unknown): string {
  const text = String(value);
  if (/[./:]/.test(text) && text.length <= MAX_SHOWN_LENGTH) return text;
  return `<${typeof value} of ${text.length} characters>`;
}
