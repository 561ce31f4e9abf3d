import { defineCatalog, formatMessage, type Locale, type MessageParams } from '@mhbkit/core';

/** Every text the `mhb` command prints, in both locales. */
export const CLI_MESSAGES = defineCatalog({
  'zh-TW': {
    HELP: `用法：mhb <指令> [選項]

指令：
  inspect <檔案|zip>   列出各段落的筆數、日期範圍與問題
  export <檔案|zip>    每個段落匯出一個檔案（--format ndjson|csv|json --out <目錄>）
  decrypt <zip>        解密 zip，輸出其中的健康存摺檔案
  fetch                以票號向 NHI 取檔（--ticket <票號>... --out <目錄>）
  demo                 示範（尚未完成）

共同選項：
  --lang <zh-TW|en>    輸出語言（預設 zh-TW，或 MHB_LOCALE）
  --debug              錯誤時印出堆疊
  --help               顯示說明

結束代碼：0 成功、1 失敗、2 用法錯誤、3 找不到或無法讀取檔案、4 檔案格式錯誤、5 解密失敗、6 網路失敗。`,
    UNKNOWN_COMMAND: '不認得的指令 {command}。可用的指令：{commands}。',
    MISSING_COMMAND: '請指定指令：{commands}。執行 mhb --help 查看說明。',
    USAGE_INVALID: '參數錯誤：{detail}。執行 mhb --help 查看說明。',
    MISSING_ARGUMENT: '缺少 {name}。{hint}',
    INVALID_OPTION_VALUE: '選項 {option} 的值無效，應為 {expected}。',
    ZIP_NEEDS_KEY: '{path} 是 zip，需要 --server-key（API 金鑰取自 MHB_API_KEY）或 --password（網站下載的 zip）。',
    API_KEY_MISSING: '需要 API 金鑰：請設定環境變數 MHB_API_KEY。',
    API_KEY_ARGUMENT_WARNING: '警告：--api-key 會留在 shell 歷史與行程列表中，請改用環境變數 MHB_API_KEY。',
    PHASE_MISSING: '需要階段：請以 --phase test|production 或環境變數 MHB_PHASE 指定。',
    UNVERIFIED_PROFILE_WARNING: '警告：使用 2019 年 SDK 觀察到的端點設定，NHI 未公開證實。',
    FETCH_UNAVAILABLE: '此版本的 @mhbkit/retrieval 沒有取檔用戶端，無法執行 fetch。',
    NOT_IMPLEMENTED: '{command} 尚未實作。',
    ERROR_LINE: '錯誤：{message}（{code}）',
    TITLE_FILE: '檔案：{path}（{format}，身分證號 {maskedId}，申請日期 {appliedDate}）',
    COLUMN_SECTION: '段落',
    COLUMN_NAME: '名稱',
    COLUMN_STATUS: '狀態',
    COLUMN_RECORDS: '筆數',
    COLUMN_FIRST_DATE: '最早日期',
    COLUMN_LAST_DATE: '最晚日期',
    COLUMN_ISSUES: '問題',
    STATUS_PARSED: '已讀取',
    STATUS_NO_DATA: '無資料',
    STATUS_ABSENT: '缺少',
    STATUS_NOT_IN_FORMAT: '格式不含',
    ISSUES_TITLE: '問題（{count}）：',
    ISSUES_NONE: '沒有問題。',
    ISSUES_MORE: '……另有 {count} 個問題，用 --json 查看全部。',
    EXPORT_WROTE: '已寫入 {path}（{records} 筆）',
    EXPORT_SKIPPED: '略過 {section}（{status}）',
    DECRYPT_WROTE: '已寫入 {path}（{bytes} 位元組，{encryption}）',
    FETCH_PROGRESS: '票號 {done}/{total}：已存 {saved}，已確認 {acknowledged}，失敗 {failed}',
    FETCH_SAVED: '已存 {path}（票號 {ticket}）',
    FETCH_FAILED: '票號 {ticket} 失敗：{result}',
    FETCH_DONE: '完成：已存 {saved}，已確認 {acknowledged}，失敗 {failed}。',
    LABEL_ISSUE_CODE: '代碼',
    LABEL_ISSUE_INDEX: '序號',
    LABEL_ISSUE_FIELD: '欄位',
  },
  en: {
    HELP: `Usage: mhb <command> [options]

Commands:
  inspect <file|zip>   list record counts, date ranges and issues per section
  export <file|zip>    write one file per section (--format ndjson|csv|json --out <dir>)
  decrypt <zip>        decrypt a zip and write the My Health Bank file inside
  fetch                redeem tickets at NHI (--ticket <ticket>... --out <dir>)
  demo                 demonstration (not implemented yet)

Common options:
  --lang <zh-TW|en>    output language (default zh-TW, or MHB_LOCALE)
  --debug              print the stack trace of an error
  --help               show this help

Exit codes: 0 ok, 1 failure, 2 usage error, 3 file not found or unreadable, 4 invalid file, 5 decryption failed, 6 network failure.`,
    UNKNOWN_COMMAND: 'Unknown command {command}. Commands: {commands}.',
    MISSING_COMMAND: 'Name a command: {commands}. Run mhb --help for help.',
    USAGE_INVALID: 'Invalid arguments: {detail}. Run mhb --help for help.',
    MISSING_ARGUMENT: 'Missing {name}. {hint}',
    INVALID_OPTION_VALUE: 'Option {option} is invalid: expected {expected}.',
    ZIP_NEEDS_KEY:
      '{path} is a zip: pass --server-key (the API key comes from MHB_API_KEY) or --password (for a website zip).',
    API_KEY_MISSING: 'An API key is required: set the environment variable MHB_API_KEY.',
    API_KEY_ARGUMENT_WARNING:
      'Warning: --api-key stays in shell history and process lists; set the environment variable MHB_API_KEY instead.',
    PHASE_MISSING: 'A phase is required: pass --phase test|production or set MHB_PHASE.',
    UNVERIFIED_PROFILE_WARNING:
      'Warning: using the endpoint profile observed in a 2019 SDK build, which NHI has not confirmed publicly.',
    FETCH_UNAVAILABLE: 'This version of @mhbkit/retrieval has no retrieval client, so fetch cannot run.',
    NOT_IMPLEMENTED: '{command} is not implemented yet.',
    ERROR_LINE: 'Error: {message} ({code})',
    TITLE_FILE: 'File: {path} ({format}, ID {maskedId}, applied {appliedDate})',
    COLUMN_SECTION: 'Section',
    COLUMN_NAME: 'Name',
    COLUMN_STATUS: 'Status',
    COLUMN_RECORDS: 'Records',
    COLUMN_FIRST_DATE: 'First date',
    COLUMN_LAST_DATE: 'Last date',
    COLUMN_ISSUES: 'Issues',
    STATUS_PARSED: 'parsed',
    STATUS_NO_DATA: 'no data',
    STATUS_ABSENT: 'absent',
    STATUS_NOT_IN_FORMAT: 'not in format',
    ISSUES_TITLE: 'Issues ({count}):',
    ISSUES_NONE: 'No issues.',
    ISSUES_MORE: '… {count} more issues; use --json to list all.',
    EXPORT_WROTE: 'Wrote {path} ({records} records)',
    EXPORT_SKIPPED: 'Skipped {section} ({status})',
    DECRYPT_WROTE: 'Wrote {path} ({bytes} bytes, {encryption})',
    FETCH_PROGRESS: 'Tickets {done}/{total}: saved {saved}, acknowledged {acknowledged}, failed {failed}',
    FETCH_SAVED: 'Saved {path} (ticket {ticket})',
    FETCH_FAILED: 'Ticket {ticket} failed: {result}',
    FETCH_DONE: 'Done: saved {saved}, acknowledged {acknowledged}, failed {failed}.',
    LABEL_ISSUE_CODE: 'Code',
    LABEL_ISSUE_INDEX: 'Index',
    LABEL_ISSUE_FIELD: 'Field',
  },
});

/** A code of {@link CLI_MESSAGES}. */
export type CliMessageCode = keyof (typeof CLI_MESSAGES)['en'];

/** Formats a command-line message. */
export function cliMessage(code: CliMessageCode, locale: Locale, params: MessageParams = {}): string {
  return formatMessage(CLI_MESSAGES, code, locale, params);
}
