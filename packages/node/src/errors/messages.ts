import { defineCatalog, formatMessage, type Locale, type MessageParams } from '@mhbkit/core';

/** Codes of {@link MhbNodeError}. */
export type NodeErrorCode =
  | 'NODE_FILE_NOT_FOUND'
  | 'NODE_FILE_READ_FAILED'
  | 'NODE_FILE_WRITE_FAILED'
  | 'NODE_STORE_CORRUPT'
  | 'NODE_STORE_PHASE_MISMATCH'
  | 'NODE_ENV_INVALID'
  | 'NODE_OPTION_MISSING'
  | 'NODE_ZIP_PASSWORD_MISSING';

/** Messages of the node package's errors, in every locale. They name paths and variables, never secrets. */
export const NODE_MESSAGES = defineCatalog<NodeErrorCode>({
  'zh-TW': {
    NODE_FILE_NOT_FOUND: '找不到檔案 {path}。請確認路徑正確。',
    NODE_FILE_READ_FAILED: '無法讀取 {path}（{reason}）。請確認它是檔案且有讀取權限。',
    NODE_FILE_WRITE_FAILED: '無法寫入 {path}（{reason}）。原有檔案未被更動；請確認目錄存在且有寫入權限。',
    NODE_STORE_CORRUPT: '票號狀態檔 {path} 不是有效的 mhbkit 票號狀態檔（{reason}）。請修復或移走該檔案後重試。',
    NODE_STORE_PHASE_MISMATCH:
      '票號狀態檔 {path} 屬於 {actual} 階段，但這個 store 是 {expected} 階段。兩個階段請使用不同的檔案。',
    NODE_ENV_INVALID: '環境變數 {name} 的值無效，應為 {expected}。請修正或清除它。',
    NODE_OPTION_MISSING: '缺少 {option}：請傳入選項 {option}，或設定環境變數 {name}。',
    NODE_ZIP_PASSWORD_MISSING:
      '開啟 zip 需要密碼：請提供 serverKey（搭配 API 金鑰）或 password（網站下載的 zip 使用自訂密碼）。',
  },
  en: {
    NODE_FILE_NOT_FOUND: 'File {path} not found. Check the path.',
    NODE_FILE_READ_FAILED: 'Could not read {path} ({reason}). Check that it is a file and that you may read it.',
    NODE_FILE_WRITE_FAILED:
      'Could not write {path} ({reason}). Any existing file is unchanged; check that the directory exists and is writable.',
    NODE_STORE_CORRUPT:
      'Ticket state file {path} is not a valid mhbkit ticket state file ({reason}). Repair or move the file, then retry.',
    NODE_STORE_PHASE_MISMATCH:
      'Ticket state file {path} belongs to phase {actual}, but this store is for phase {expected}. Use one file per phase.',
    NODE_ENV_INVALID: 'Environment variable {name} is invalid: expected {expected}. Fix or unset it.',
    NODE_OPTION_MISSING: '{option} is missing: pass the option {option} or set the environment variable {name}.',
    NODE_ZIP_PASSWORD_MISSING:
      'Opening the zip needs a password: pass serverKey (with the API key), or password for a zip downloaded from the website.',
  },
});

/** Formats a node package message. */
export function nodeMessage(code: NodeErrorCode, locale: Locale | undefined, params: MessageParams = {}): string {
  return formatMessage(NODE_MESSAGES, code, locale, params);
}
