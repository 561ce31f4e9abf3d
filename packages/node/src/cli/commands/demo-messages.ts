import { defineCatalog } from '@mhbkit/core';

/** The texts `mhb demo` prints, in both languages. Placeholders never receive a key, a ticket or record contents. */
export const DEMO_MESSAGES = defineCatalog({
  'zh-TW': {
    DEMO_TITLE: 'mhbkit 示範：以沙盒走完一次檔案票號（ticket）取件流程',
    DEMO_SANDBOX_STARTED:
      '已在 {url} 啟動 NHI 沙盒（第一階段測試金鑰）。這是本機模擬伺服器，不會連線到健保署，資料全為合成資料。',
    DEMO_TICKET_ISSUED: '已為虛擬身分 {maskedId} 產生票號 …{ticketSuffix}，檔案約 {readySeconds} 秒後產製完成。',
    DEMO_POLICY_LOWERED:
      '注意：示範把同一票號的最短取件間隔由 {defaultSeconds} 秒調降為 {demoSeconds} 秒（RetrievalPolicy 的 minFetchIntervalMs 與 notReadyRetryAfterMs 選項），正式環境請保留預設值。',
    DEMO_NOT_READY: '檔案尚未產製完成（第 {attempt} 次取件，已過 {elapsedSeconds} 秒），稍後再試。',
    DEMO_DOWNLOADED: '已下載並解密 {fileName}（{bytes} 位元組，{encryption} 加密），解析完成。',
    DEMO_SAVED: '已寫入 {path}',
    DEMO_ACKNOWLEDGED: '已在存檔後回覆確認（acknowledge），共費時 {elapsedSeconds} 秒。',
    DEMO_NOT_ACKNOWLEDGED: '存檔完成，但伺服器未確認收件；下次執行時會再次確認。',
    DEMO_FAILED_TICKET: '票號 …{ticketSuffix} 取件失敗：{result}。',
    DEMO_NO_DELIVERY: '沙盒沒有交付任何檔案；請以 --debug 重新執行並回報問題。',
    DEMO_SUMMARY_TITLE: '摘要：{maskedId}，申請日期 {applicationDate}，格式 {format}',
    DEMO_SECTION_HEADER: '區段',
    DEMO_STATUS_HEADER: '狀態',
    DEMO_COUNT_HEADER: '筆數',
    DEMO_RANGE_HEADER: '日期範圍',
    DEMO_STATUS_PARSED: '已解析',
    DEMO_STATUS_NO_DATA: '無資料',
    DEMO_STATUS_ABSENT: '未提供',
    DEMO_STATUS_NOT_IN_FORMAT: '此格式不含',
    DEMO_VISITS_TITLE: '門診（前 {count} 筆）',
    DEMO_MEDICATIONS_TITLE: '用藥（前 {count} 筆）',
    DEMO_LABS_TITLE: '檢驗結果（前 {count} 筆）',
    DEMO_NONE: '（無）',
    DEMO_ISSUES: '解析時記錄了 {count} 則提示（issues），詳見輸出檔。',
    DEMO_DONE: '完成。輸出資料夾：{outDir}',
  },
  en: {
    DEMO_TITLE: 'mhbkit demo: one file ticket redeemed end to end against the sandbox',
    DEMO_SANDBOX_STARTED:
      'Started the NHI sandbox at {url} with a test-phase key. It is a local emulator: nothing is sent to NHI, and all data is synthetic.',
    DEMO_TICKET_ISSUED:
      'Issued ticket …{ticketSuffix} for the virtual person {maskedId}; its file is produced in about {readySeconds} s.',
    DEMO_POLICY_LOWERED:
      'Note: the demo lowers the minimum time between fetches of one ticket from {defaultSeconds} s to {demoSeconds} s (the RetrievalPolicy options minFetchIntervalMs and notReadyRetryAfterMs). Keep the default in production.',
    DEMO_NOT_READY: 'File not produced yet (fetch {attempt}, {elapsedSeconds} s elapsed); trying again later.',
    DEMO_DOWNLOADED: 'Downloaded and decrypted {fileName} ({bytes} bytes, {encryption} encryption) and parsed it.',
    DEMO_SAVED: 'Wrote {path}',
    DEMO_ACKNOWLEDGED: 'Acknowledged the ticket after saving; {elapsedSeconds} s in total.',
    DEMO_NOT_ACKNOWLEDGED: 'Saved, but the server did not confirm the acknowledgement; the next run sends it again.',
    DEMO_FAILED_TICKET: 'Ticket …{ticketSuffix} failed: {result}.',
    DEMO_NO_DELIVERY: 'The sandbox delivered no file; run again with --debug and report the problem.',
    DEMO_SUMMARY_TITLE: 'Summary: {maskedId}, applied on {applicationDate}, format {format}',
    DEMO_SECTION_HEADER: 'Section',
    DEMO_STATUS_HEADER: 'Status',
    DEMO_COUNT_HEADER: 'Records',
    DEMO_RANGE_HEADER: 'Date range',
    DEMO_STATUS_PARSED: 'parsed',
    DEMO_STATUS_NO_DATA: 'no data',
    DEMO_STATUS_ABSENT: 'absent',
    DEMO_STATUS_NOT_IN_FORMAT: 'not in format',
    DEMO_VISITS_TITLE: 'Outpatient visits (first {count})',
    DEMO_MEDICATIONS_TITLE: 'Medications (first {count})',
    DEMO_LABS_TITLE: 'Lab results (first {count})',
    DEMO_NONE: '(none)',
    DEMO_ISSUES: 'The parser recorded {count} issues; see the output files.',
    DEMO_DONE: 'Done. Output folder: {outDir}',
  },
});

/** A code of {@link DEMO_MESSAGES}. */
export type DemoMessageCode = keyof (typeof DEMO_MESSAGES)['en'];
