import { defineCatalog, formatMessage, type Locale, type MessageParams } from '@mhbkit/core';

/**
 * Messages of the delivery module (zip opening, ticket redemption, receivers), in every locale.
 *
 * No template may show a secret or health data: tickets and keys appear only redacted, and file contents never.
 */
export const DELIVERY_MESSAGES = defineCatalog({
  'zh-TW': {
    ZIP_WRONG_PASSWORD:
      '無法解密壓縮檔中的「{entry}」：密碼錯誤。請確認 API 金鑰、階段（{phase}）與此檔的 serverKey 是否相符。',
    ZIP_CORRUPT: '壓縮檔損毀，無法讀取（{detail}）。請重新下載或要求用戶端重新上傳。',
    ZIP_EMPTY: '壓縮檔內沒有健康存摺檔案（共 {entries} 個項目，沒有一個含 myhealthbank）。請確認上傳的檔案是否正確。',
    ZIP_AMBIGUOUS: '壓縮檔內有 {count} 個檔案都像健康存摺檔案，無法判斷該用哪一個。請確認上傳的檔案是否正確。',
    ZIP_TOO_MANY_ENTRIES: '壓縮檔有 {entries} 個項目，超過上限 {limit} 個。如檔案確實正常，請調高 maxEntries。',
    ZIP_TOO_LARGE: '壓縮檔大小 {size} 位元組，超過上限 {limit} 位元組。如檔案確實正常，請調高 maxCompressedBytes。',
    ZIP_ENTRY_TOO_LARGE:
      '壓縮檔中的「{entry}」解壓後超過上限 {limit} 位元組。如檔案確實正常，請調高 maxUncompressedBytes。',
    ZIP_RATIO_EXCEEDED:
      '壓縮檔中的「{entry}」壓縮比超過上限 {limit} 倍，可能是壓縮炸彈。如檔案確實正常，請調高 maxCompressionRatio。',
    ZIP_UNSUPPORTED: '壓縮檔中的「{entry}」使用不支援的格式（{detail}）。請回報此檔的產生方式。',
    DELIVERY_PHASE_MISMATCH:
      '階段不符：此用戶端為 {clientPhase}，但{subject}屬於 {otherPhase}。請用相同階段的用戶端、API 金鑰與票證儲存區。',
    DELIVERY_TOO_LARGE: '票證 {ticket} 的檔案大小 {size} 位元組，超過上限 {limit} 位元組。請調高 maxZipBytes。',
    DELIVERY_RESPONSE_INVALID: '票證 {ticket} 的下載回應格式不正確（{detail}）。請確認端點設定是否正確。',
    DELIVERY_SERVER_KEY_INVALID: 'serverKey 格式不正確（{detail}）。請傳入下載回應或用戶端提供的原始 serverKey。',
    DELIVERY_INPUT_INVALID: '{name} 不正確：{detail}。',
  },
  en: {
    ZIP_WRONG_PASSWORD:
      'Could not decrypt "{entry}" in the zip: wrong password. Check that the API key, the phase ({phase}) and the serverKey of this file belong together.',
    ZIP_CORRUPT:
      'The zip is corrupt and cannot be read ({detail}). Download it again or ask the client to upload it again.',
    ZIP_EMPTY:
      'The zip holds no My Health Bank file ({entries} entries, none contains myhealthbank). Check that the right file was uploaded.',
    ZIP_AMBIGUOUS:
      'The zip holds {count} files that look like My Health Bank files, so none can be chosen. Check that the right file was uploaded.',
    ZIP_TOO_MANY_ENTRIES:
      'The zip has {entries} entries, more than the limit of {limit}. If the file is genuine, raise maxEntries.',
    ZIP_TOO_LARGE:
      'The zip is {size} bytes, more than the limit of {limit} bytes. If the file is genuine, raise maxCompressedBytes.',
    ZIP_ENTRY_TOO_LARGE:
      '"{entry}" in the zip expands to more than the limit of {limit} bytes. If the file is genuine, raise maxUncompressedBytes.',
    ZIP_RATIO_EXCEEDED:
      '"{entry}" in the zip has a compression ratio above the limit of {limit}, which suggests a zip bomb. If the file is genuine, raise maxCompressionRatio.',
    ZIP_UNSUPPORTED: '"{entry}" in the zip uses an unsupported format ({detail}). Report how this file was produced.',
    DELIVERY_PHASE_MISMATCH:
      'Phase mismatch: this client is for {clientPhase}, but the {subject} belongs to {otherPhase}. Use a client, API key and ticket store of the same phase.',
    DELIVERY_TOO_LARGE:
      'The file of ticket {ticket} is {size} bytes, more than the limit of {limit} bytes. Raise maxZipBytes.',
    DELIVERY_RESPONSE_INVALID:
      'The download response for ticket {ticket} is malformed ({detail}). Check the endpoint profile.',
    DELIVERY_SERVER_KEY_INVALID:
      'The serverKey is invalid ({detail}). Pass the serverKey exactly as the download response or the client supplied it.',
    DELIVERY_INPUT_INVALID: 'Invalid {name}: {detail}.',
  },
});

/** A message code of the delivery module. */
export type DeliveryMessageCode = keyof (typeof DELIVERY_MESSAGES)['en'];

/** Formats a delivery message; a thin wrapper that fixes the catalog. */
export function deliveryMessage(code: DeliveryMessageCode, locale: Locale | undefined, params: MessageParams): string {
  return formatMessage(DELIVERY_MESSAGES, code, locale, params);
}
