import { defineCatalog, formatMessage, type Locale, type MessageParams } from '@mhbkit/core';

/** Every text the `mhb` command prints, in both locales. */
export const CLI_MESSAGES = defineCatalog({
  'zh-TW': {
    HELP: `用法：mhb <指令> [選項]

指令：
  inspect <檔案|zip>   列出各段落的筆數、日期範圍與問題（--json 輸出 JSON）
  export <檔案|zip>    每個段落寫一個檔案（--format ndjson|csv|json，預設 ndjson；--out <目錄>）
  decrypt <zip>        解密 zip，把其中的健康存摺檔案寫到 --out <檔案> 或標準輸出
  fetch                以票號取檔（--ticket <票號>...、--out <目錄>、--base-url <網址>、--phase test|production、
                       --store <檔案>、--max-failed-attempts <次數>）
  demo                 示範

zip 選項：
  --server-key <值>    NHI 隨 zip 提供的 serverKey；API 金鑰取自 MHB_API_KEY
  --password <密碼>    網站下載 zip 時自訂的密碼
  --api-key <金鑰>     可用但不建議：會留在 shell 歷史與行程列表中

共同選項：
  --lang <zh-TW|en>    輸出語言（預設 zh-TW，或 MHB_LOCALE）
  --debug              錯誤時印出堆疊
  --help               顯示說明

結束代碼：0 成功、1 失敗、2 用法錯誤、3 找不到或無法讀取檔案、4 檔案格式錯誤、5 解密失敗、6 網路失敗、130 使用者中斷（Ctrl+C）。`,
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
    BASE_URL_HINT: '請以 --base-url 或環境變數 MHB_BASE_URL 指定取檔端點的網址。',
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
    EXPORT_WROTE_ONE: '已寫入 {path}（1 筆）',
    EXPORT_SKIPPED: '略過 {section}（{status}）',
    DECRYPT_WROTE: '已寫入 {path}（{bytes} 位元組，{encryption}）',
    FETCH_PROGRESS: '票號 {done}/{total}：已存 {saved}，已確認 {acknowledged}，失敗 {failed}',
    FETCH_SAVED: '已存 {path}（票號 {ticket}）',
    FETCH_FAILED: '票號 {ticket} 失敗：{result}',
    FETCH_RETRYING: '票號 {ticket} 這次失敗（{result}），稍後重試。',
    FETCH_WAITING: '票號 {ticket} 尚未取得：{result}（原始代碼 {raw}），下次嘗試 {next}。',
    FETCH_TYPE_2_HINT: 'oType 2 可能表示票號已過期，或已確認收訖過。',
    FETCH_KEY_REJECTED_HINT:
      '伺服器拒絕 API 金鑰：請檢查 MHB_API_KEY，並確認金鑰屬於階段 {phase}（--phase 或 MHB_PHASE）。',
    FETCH_INTERRUPTED: '已中斷：已存 {saved} 個檔案。未完成的票號記錄在 {store}，不帶 --ticket 再執行一次即可繼續。',
    FETCH_DONE: '完成：已存 {saved}，已確認 {acknowledged}，失敗 {failed}。',
    LABEL_ISSUE_CODE: '代碼',
    LABEL_ISSUE_INDEX: '序號',
    LABEL_ISSUE_FIELD: '欄位',
  },
  en: {
    HELP: `Usage: mhb <command> [options]

Commands:
  inspect <file|zip>   list record counts, date ranges and issues per section (--json for JSON)
  export <file|zip>    write one file per section (--format ndjson|csv|json, default ndjson; --out <dir>)
  decrypt <zip>        decrypt a zip and write the My Health Bank file to --out <file> or standard output
  fetch                redeem tickets (--ticket <ticket>..., --out <dir>, --base-url <url>, --phase test|production,
                       --store <file>, --max-failed-attempts <count>)
  demo                 demonstration

Zip options:
  --server-key <key>   the serverKey NHI delivers with the zip; the API key comes from MHB_API_KEY
  --password <text>    the password chosen when downloading a zip from the website
  --api-key <key>      works but is discouraged: it stays in shell history and process lists

Common options:
  --lang <zh-TW|en>    output language (default zh-TW, or MHB_LOCALE)
  --debug              print the stack trace of an error
  --help               show this help

Exit codes: 0 ok, 1 failure, 2 usage error, 3 file not found or unreadable, 4 invalid file, 5 decryption failed, 6 network failure, 130 interrupted (Ctrl+C).`,
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
    BASE_URL_HINT: 'Pass --base-url or set MHB_BASE_URL to the retrieval endpoint URL.',
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
    EXPORT_WROTE_ONE: 'Wrote {path} (1 record)',
    EXPORT_SKIPPED: 'Skipped {section} ({status})',
    DECRYPT_WROTE: 'Wrote {path} ({bytes} bytes, {encryption})',
    FETCH_PROGRESS: 'Tickets {done}/{total}: saved {saved}, acknowledged {acknowledged}, failed {failed}',
    FETCH_SAVED: 'Saved {path} (ticket {ticket})',
    FETCH_FAILED: 'Ticket {ticket} failed: {result}',
    FETCH_RETRYING: 'Ticket {ticket}: attempt failed ({result}); retrying later.',
    FETCH_WAITING: 'Ticket {ticket} not delivered yet: {result} (raw code {raw}); next attempt at {next}.',
    FETCH_TYPE_2_HINT: 'oType 2 may mean that the ticket expired or was already acknowledged.',
    FETCH_KEY_REJECTED_HINT:
      'The server rejected the API key: check MHB_API_KEY and that the key belongs to the phase {phase} (--phase or MHB_PHASE).',
    FETCH_INTERRUPTED:
      'Interrupted: saved {saved} files. Unfinished tickets are recorded in {store}; run again without --ticket to resume.',
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
