import { defineCatalog, formatMessage, type Locale, type MessageParams } from '@mhbkit/core';

/** The stable codes of the errors @mhbkit/edge raises. */
export type EdgeMessageCode =
  | 'EDGE_BINDING_NOT_TEXT'
  | 'EDGE_API_KEY_MISSING'
  | 'EDGE_PHASE_MISSING'
  | 'EDGE_PHASE_INVALID'
  | 'EDGE_LOCALE_INVALID'
  | 'EDGE_BASE_URL_INVALID';

/**
 * The messages of @mhbkit/edge in every supported locale. Messages name the binding and the fix, and never
 * contain a binding's value when it may be a secret (the API key, a base URL with credentials).
 */
export const EDGE_MESSAGES = defineCatalog<EdgeMessageCode>({
  'zh-TW': {
    EDGE_BINDING_NOT_TEXT:
      '繫結 {binding} 不是字串（實際型別：{type}）。請將 {binding} 設為純文字變數或 secret，例如執行 `wrangler secret put {binding}`。',
    EDGE_API_KEY_MISSING:
      '缺少 API 金鑰：繫結 MHB_API_KEY 未設定或為空白，也未傳入 apiKey 選項。請執行 `wrangler secret put MHB_API_KEY`，或在 createClient 的選項中傳入 apiKey。',
    EDGE_PHASE_MISSING:
      '缺少階段設定：繫結 MHB_PHASE 未設定或為空白，也未傳入 phase 選項。請將 MHB_PHASE 設為 test（第一階段）或 production（第二階段）。',
    EDGE_PHASE_INVALID: '繫結 MHB_PHASE 的值「{value}」無效。請設為 test（第一階段）或 production（第二階段）。',
    EDGE_LOCALE_INVALID: '繫結 MHB_LOCALE 的值「{value}」無效。請設為 zh-TW 或 en，或移除此繫結以使用預設的 zh-TW。',
    EDGE_BASE_URL_INVALID:
      '繫結 MHB_BASE_URL 不是有效的 http 或 https 網址。請設為完整網址，例如 https://example.test，或移除此繫結以使用端點設定檔的網址。',
  },
  en: {
    EDGE_BINDING_NOT_TEXT:
      'Binding {binding} is not a string (its type is {type}). Bind {binding} as a plain-text variable or a secret, e.g. with `wrangler secret put {binding}`.',
    EDGE_API_KEY_MISSING:
      'API key missing: binding MHB_API_KEY is unset or blank and no apiKey option was given. Run `wrangler secret put MHB_API_KEY`, or pass apiKey in the createClient options.',
    EDGE_PHASE_MISSING:
      'Phase missing: binding MHB_PHASE is unset or blank and no phase option was given. Set MHB_PHASE to test (phase 1) or production (phase 2).',
    EDGE_PHASE_INVALID:
      'Binding MHB_PHASE has the invalid value "{value}". Set it to test (phase 1) or production (phase 2).',
    EDGE_LOCALE_INVALID:
      'Binding MHB_LOCALE has the invalid value "{value}". Set it to zh-TW or en, or remove it to use the default, zh-TW.',
    EDGE_BASE_URL_INVALID:
      'Binding MHB_BASE_URL is not a valid http or https URL. Set it to a full URL such as https://example.test, or remove it to use the endpoint profile’s URL.',
  },
});

/** Formats an @mhbkit/edge message in `locale`. */
export function edgeMessage(code: EdgeMessageCode, locale: Locale, params: MessageParams = {}): string {
  return formatMessage(EDGE_MESSAGES, code, locale, params);
}
