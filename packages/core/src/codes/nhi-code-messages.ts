import { defineCatalog } from '../i18n/catalog.js';

/**
 * The zh-TW and English messages of every NHI code, keyed `RTN_<code>`, `OTYPE_<code>` and `SDK_<code>`, plus
 * `UNKNOWN` for codes no table lists.
 *
 * Where the SDK ships a zh-TW text, the zh-TW message is that text verbatim (the entry's `officialText` is `true`).
 * The other zh-TW texts and all English texts are mhbkit's own.
 *
 * NOTE: for 095 and 099 the SDK resources hold a shorter text (資料處理異常, API呼叫無回應) than the message tables
 * integrators copied (used here). Which one current SDK builds show is not known.
 */
export const NHI_CODE_MESSAGES = defineCatalog({
  'zh-TW': {
    RTN_G000: '成功。',
    RTN_G001: '健保署無法解析請求的 JSON。請檢查端點設定檔的編碼與欄位名稱。',
    RTN_G002: '健保署不支援此 SDK 或介面版本。請確認所用的介面版本仍受支援。',
    RTN_G003: '健保署拒絕此 API 金鑰（無權限）。請確認金鑰與所設定的階段（第一或第二階段）相符。',
    RTN_G005: '健保署處理逾時。請稍後再試。',
    RTN_G097: '系統暫時維護中',
    RTN_G099: '系統忙碌中，請稍後再試。',
    OTYPE_1: '檔案已產製完成，可以下載。',
    OTYPE_2: '健保署回傳下載類型 2，其意義未公開（SDK 將其對應為錯誤 203）。請保留原始代碼。',
    OTYPE_3: '檔案尚未產製完成。請至少等待 60 秒後再試。',
    OTYPE_4: '取檔時 File_Ticket 驗證失敗。以同一張 ticket 重試沒有幫助。',
    SDK_092: '裝置的作業系統版本低於 SDK 的最低需求。',
    SDK_093: 'SDK 不支援已 root 或越獄的裝置。',
    SDK_094: 'SDK 初始化失敗，例如缺少相依的類別庫。',
    SDK_095: '發生系統資料處理異常，請洽健保署聯絡窗口',
    SDK_096: '不支援模擬器開發使用',
    SDK_097: '發生不可預期之錯誤，請洽健保署服務窗口',
    SDK_098: '無網路可使用，請確認是否開啟',
    SDK_099: '系統忙碌中，請稍後再試',
    SDK_101: '此APP未完成取檔流程，請洽此APP開發廠商',
    SDK_102: 'Api_Key 錯誤',
    SDK_103: 'SDK 啟動時伺服器回傳 G002，其意義未公開（常數名稱暗示 SDK 版本不受支援）。',
    SDK_201: '儲存空間不足',
    SDK_202: '詢問間隔須多於 60 秒',
    SDK_203: '下載類型 2，其意義未公開（可能是已取檔或已逾期）。',
    SDK_204: '檔案尚未產製完成',
    SDK_205: '取檔時 File_Ticket 不存在',
    SDK_206: '取檔時 File_Ticket 驗證失敗',
    SDK_03: 'SDK 原樣傳回的內部代碼 03，其意義未公開。',
    UNKNOWN: '未知的 {source} 代碼 {code}。請保留原始代碼並回報給 mhbkit。',
  },
  en: {
    RTN_G000: 'Success.',
    RTN_G001: 'NHI could not parse the request JSON. Check the encoding and field names of the endpoint profile.',
    RTN_G002:
      'NHI does not support this SDK or interface version. Check that the interface version is still supported.',
    RTN_G003:
      'NHI rejected the API key (no permission). Check that the key matches the configured phase (test or production).',
    RTN_G005: 'NHI timed out while processing the request. Retry later.',
    RTN_G097: 'NHI is down for maintenance. Retry later.',
    RTN_G099: 'NHI is busy. Retry later.',
    OTYPE_1: 'The file is produced and ready to download.',
    OTYPE_2:
      'NHI returned download type 2, whose meaning is undocumented (the SDK maps it to error 203). Keep the raw code.',
    OTYPE_3: 'The file is not produced yet. Wait at least 60 seconds and retry.',
    OTYPE_4: 'NHI rejected the ticket. Retrying the same ticket does not help.',
    SDK_092: 'The device OS version is below the SDK minimum.',
    SDK_093: 'The SDK does not run on rooted or jailbroken devices.',
    SDK_094: 'The SDK failed to initialize, e.g. a dependency library is missing.',
    SDK_095: 'NHI failed to process the data (also raised for an unexpected download type). Contact NHI.',
    SDK_096: 'The SDK does not run on emulators or simulators.',
    SDK_097: 'An unexpected error occurred at NHI. Retry later, or contact NHI if it persists.',
    SDK_098: 'No network is available. Check that the device is online.',
    SDK_099: 'NHI is busy or did not respond. Retry later.',
    SDK_101: 'The app has 5 or more uncollected tickets on the device. Fetch the pending files before starting again.',
    SDK_102: 'NHI rejected the API key.',
    SDK_103:
      'The server returned G002 at start; its meaning is undocumented (the constant name suggests an unsupported SDK version).',
    SDK_201: 'Not enough storage on the device.',
    SDK_202: 'Fetches must be more than 60 seconds apart. Wait and retry.',
    SDK_203: 'Download type 2; its meaning is undocumented (possibly already fetched or expired).',
    SDK_204: 'The file is not produced yet. Wait at least 60 seconds and retry.',
    SDK_205: 'No ticket is stored under that key.',
    SDK_206: 'NHI rejected the ticket.',
    SDK_03: 'Internal code 03, passed through by the SDK unchanged; its meaning is undocumented.',
    UNKNOWN: 'Unknown {source} code {code}. Keep the raw code and report it to mhbkit.',
  },
});

/** A key of {@link NHI_CODE_MESSAGES}. */
export type NhiCodeMessageKey = keyof (typeof NHI_CODE_MESSAGES)['en'];
