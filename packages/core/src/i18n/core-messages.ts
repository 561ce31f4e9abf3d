import { defineCatalog, formatMessage, type MessageParams } from './catalog.js';
import type { Locale } from './locale.js';

/**
 * The messages of every error core raises, in zh-TW (the default) and English.
 *
 * Each message names what failed, the option or operation involved and what to do next. Values substituted into
 * them are option names, URLs, numbers, request ids and codes: never a key, a ticket or record contents.
 */
export const CORE_MESSAGES = defineCatalog({
  'zh-TW': {
    CONFIG_API_KEY_MISSING:
      '未提供 API 金鑰（apiKey），或其值為空字串。請傳入健保署核發給此 APP 的 API 金鑰，例如 createClient({ apiKey, phase })。',
    CONFIG_SECRET_EMPTY: '{option} 的值為空字串。請傳入非空的值。',
    CONFIG_PHASE_INVALID:
      "選項 phase 的值 {value} 無效。請設為 'test'（第一階段）或 'production'（第二階段）；此選項沒有預設值。",
    CONFIG_PROFILE_MISSING:
      '未設定端點設定檔（profile）。請傳入 defineEndpointProfile({ ... }) 的結果，或在設定 allowUnverifiedProfile: true 後使用 OBSERVED_SDK_DEVICE_2019。',
    CONFIG_PROFILE_INVALID: '端點設定檔的 {option} 無效：{issue}。請修正傳給 defineEndpointProfile 的設定。',
    CONFIG_PROFILE_FORM_FIELD:
      "端點設定檔的 {option} 為 'form-field'，但 encoding 不是 'form-json'。請改用 'json-field'，或將 encoding 設為 'form-json'。",
    CONFIG_PROFILE_UNVERIFIED:
      '端點設定檔 {profile} 尚未經過驗證：其內容取自 SDK 程式，而非健保署公開的規格。若仍要使用，請設定 allowUnverifiedProfile: true。',
    CONFIG_URL_INVALID: '{option} 不是完整的網址：{value}。請傳入如 https://example.org 的網址。',
    CONFIG_URL_INSECURE:
      '{option} 必須使用 https:（目前為 {value}）。只有本機位址（127.0.0.0/8、::1、localhost）可使用 http:，供本機沙盒測試。',
    CONFIG_URL_CREDENTIALS: '{option} 的網址含有使用者名稱或密碼。請移除；API 金鑰會依端點設定檔的規定傳送。',
    CONFIG_NUMBER_INVALID: '{option} 必須是介於 {min} 與 {max} 之間的數字，目前為 {value}。',
    CONFIG_OPTIONS_CONFLICT: '{option}（{value}）不可大於 {other}（{otherValue}）。請調低 {option} 或調高 {other}。',
    CONFIG_LOCALE_INVALID: "不支援的語系 {value}。請使用 'zh-TW' 或 'en'。",
    CONFIG_OPTION_TYPE: '{option} 的型別必須是 {expected}。',
    CONFIG_OPTION_UNKNOWN: '不認得的選項 {option}。請檢查拼字；可用的選項列在 ClientOptions 的說明中。',
    CONFIG_FETCH_MISSING: '找不到 fetch 函式。請在選項中傳入 fetch，或在內建 fetch 的執行環境（Node 20 以上）中執行。',
    CONFIG_OPERATION_UNKNOWN: '端點設定檔 {profile} 沒有 {operation} 操作。請在設定檔的 operations 中加入此操作。',
    CONFIG_FIELD_RESERVED: '欄位 {field} 保留給 API 金鑰使用，不可由呼叫端傳入。請移除此欄位。',
    API_HTTP_STATUS:
      '{operation} 請求失敗，HTTP 狀態碼 {status}（請求編號 {requestId}）。請檢查端點設定檔與 API 金鑰；若為 5xx 請稍後再試。',
    API_RETURN_CODE: '健保署對 {operation} 回傳代碼 {returnCode}（請求編號 {requestId}）：{detail}',
    API_BODY_INVALID: '{operation} 的回應不是有效的 JSON（請求編號 {requestId}）。請確認端點設定檔指向正確的伺服器。',
    API_BODY_TOO_LARGE:
      '{operation} 的回應超過 {limit} 位元組的上限（請求編號 {requestId}）。若預期有這麼大的檔案，請調高 maxResponseBytes。',
    CONNECTION_FAILED: '無法連線至 {host} 執行 {operation}（請求編號 {requestId}）。請檢查網路與 baseUrl。',
    TIMEOUT_HEADERS:
      '{operation} 在 {timeout} 毫秒內未收到回應標頭（請求編號 {requestId}）。請稍後再試，或調高 timeouts.headersMs。',
    TIMEOUT_IDLE:
      '讀取 {operation} 的回應時停頓超過 {timeout} 毫秒（請求編號 {requestId}）。請稍後再試，或調高 timeouts.idleMs。',
    TIMEOUT_TOTAL:
      '{operation} 含重試在內未在 {timeout} 毫秒內完成（請求編號 {requestId}）。請稍後再試，或調高 timeouts.totalMs。',
    ABORTED: '{operation} 已由呼叫端中止（請求編號 {requestId}）。',
  },
  en: {
    CONFIG_API_KEY_MISSING:
      'The API key (apiKey) is missing or empty. Pass the API key NHI issued for this app, e.g. createClient({ apiKey, phase }).',
    CONFIG_SECRET_EMPTY: 'The {option} value is empty. Pass a non-empty value.',
    CONFIG_PHASE_INVALID:
      "The phase option {value} is invalid. Set it to 'test' (phase 1) or 'production' (phase 2); it has no default.",
    CONFIG_PROFILE_MISSING:
      'No endpoint profile (profile) is set. Pass the result of defineEndpointProfile({ ... }), or OBSERVED_SDK_DEVICE_2019 together with allowUnverifiedProfile: true.',
    CONFIG_PROFILE_INVALID:
      'The endpoint profile option {option} is invalid: {issue}. Fix the profile passed to defineEndpointProfile.',
    CONFIG_PROFILE_FORM_FIELD:
      "The endpoint profile option {option} is 'form-field', but the encoding is not 'form-json'. Use 'json-field', or set the encoding to 'form-json'.",
    CONFIG_PROFILE_UNVERIFIED:
      'The endpoint profile {profile} is unverified: its values were read from an SDK build, not from an NHI specification. Set allowUnverifiedProfile: true to use it anyway.',
    CONFIG_URL_INVALID: '{option} is not an absolute URL: {value}. Pass a URL such as https://example.org.',
    CONFIG_URL_INSECURE:
      '{option} must use https: (got {value}). Only loopback addresses (127.0.0.0/8, ::1, localhost) may use http:, for local sandboxes.',
    CONFIG_URL_CREDENTIALS:
      'The URL in {option} contains a user name or password. Remove them; the API key is sent where the endpoint profile says.',
    CONFIG_NUMBER_INVALID: '{option} must be a number from {min} to {max}; got {value}.',
    CONFIG_OPTIONS_CONFLICT:
      '{option} ({value}) must not exceed {other} ({otherValue}). Lower {option} or raise {other}.',
    CONFIG_LOCALE_INVALID: "The locale {value} is not supported. Use 'zh-TW' or 'en'.",
    CONFIG_OPTION_TYPE: '{option} must be of type {expected}.',
    CONFIG_OPTION_UNKNOWN:
      '{option} is not a known option. Check the spelling; the options are listed in the ClientOptions docs.',
    CONFIG_FETCH_MISSING:
      'No fetch function is available. Pass fetch in the options, or run on a runtime with a global fetch (Node 20 or later).',
    CONFIG_OPERATION_UNKNOWN:
      "The endpoint profile {profile} has no operation {operation}. Add it to the profile's operations.",
    CONFIG_FIELD_RESERVED:
      'The field {field} is reserved for the API key and cannot be passed by the caller. Remove it.',
    API_HTTP_STATUS:
      'The {operation} request failed with HTTP status {status} (request id {requestId}). Check the endpoint profile and the API key; retry later on a 5xx status.',
    API_RETURN_CODE: 'NHI returned code {returnCode} for {operation} (request id {requestId}): {detail}',
    API_BODY_INVALID:
      'The response to {operation} is not valid JSON (request id {requestId}). Check that the endpoint profile points at the right server.',
    API_BODY_TOO_LARGE:
      'The response to {operation} exceeded the limit of {limit} bytes (request id {requestId}). Raise maxResponseBytes if files this large are expected.',
    CONNECTION_FAILED:
      'Could not connect to {host} for {operation} (request id {requestId}). Check the network and the baseUrl.',
    TIMEOUT_HEADERS:
      'No response headers for {operation} within {timeout} ms (request id {requestId}). Retry later, or raise timeouts.headersMs.',
    TIMEOUT_IDLE:
      'Reading the response to {operation} stalled for more than {timeout} ms (request id {requestId}). Retry later, or raise timeouts.idleMs.',
    TIMEOUT_TOTAL:
      '{operation} did not finish within {timeout} ms including retries (request id {requestId}). Retry later, or raise timeouts.totalMs.',
    ABORTED: 'The caller aborted {operation} (request id {requestId}).',
  },
});

/** A code in the core message catalog. */
export type CoreMessageCode = keyof (typeof CORE_MESSAGES)['en'];

/** Formats a core message; a shorthand for {@link formatMessage} on {@link CORE_MESSAGES}. */
export function coreMessage(code: CoreMessageCode, locale: Locale | undefined, params: MessageParams = {}): string {
  return formatMessage(CORE_MESSAGES, code, locale, params);
}
