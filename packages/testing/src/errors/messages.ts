import { defineCatalog } from '@mhbkit/core';

/** Messages of the errors and command-line output of `@mhbkit/testing`, in zh-TW and English. */
export const TESTING_MESSAGES = defineCatalog({
  'zh-TW': {
    GENERATOR_INVALID_OPTION: '產生器選項 {option} 無效：{value}。{hint}',
    GENERATOR_NOT_FINISHED: '檔案尚未產生完畢，還不能讀取摘要。請先讀完所有區塊，再讀取 summary。',
    SANDBOX_NON_VIRTUAL_PERSON:
      '測試階段的 API 金鑰只能取得虛擬身分資料，但遮罩身分證號 {maskedId} 不是虛擬身分（虛擬身分以 Z 開頭）。請改用 Z 開頭的遮罩身分證號，或改用正式階段的金鑰。',
    SANDBOX_UNKNOWN_API_KEY:
      '沙盒不認得這把 API 金鑰（結尾 {keySuffix}）。請使用 startSandbox() 回傳的 apiKey，或在 apps 選項中登記它。',
    SANDBOX_INVALID_OPTION: '沙盒選項 {option} 無效：{value}。{hint}',
    SANDBOX_CLOSED: '沙盒已關閉，無法再{action}。請重新呼叫 startSandbox()。',
    CLI_STARTED: 'mhbkit NHI 沙盒已啟動：{url}',
    CLI_TEST_KEY: '測試階段 API 金鑰：{apiKey}',
    CLI_TEST_KEY_NOTE: '這是沙盒自己產生的測試金鑰，不是 NHI 核發的金鑰，只能用在這個沙盒。',
    CLI_ADMIN_ROUTE: '發行取檔序號：POST {url}/__sandbox/tickets',
    CLI_STOP_HINT: '按 Ctrl-C 停止。',
    CLI_STOPPED: '沙盒已停止。',
    CLI_USAGE:
      '用法：mhb-sandbox [--port 連接埠] [--lang zh-TW|en] [--seed 種子] [--ready-after 毫秒]\n  --port         監聽 127.0.0.1 的連接埠，預設 0（隨機）\n  --lang         輸出語言，預設 zh-TW\n  --seed         產生資料與金鑰的種子，預設 1\n  --ready-after  取檔序號發行後多久才產製完成（毫秒），預設 0',
    CLI_INVALID_ARGUMENT: '參數 {argument} 無效：{value}。請執行 mhb-sandbox --help 查看用法。',
  },
  en: {
    GENERATOR_INVALID_OPTION: 'Invalid generator option {option}: {value}. {hint}',
    GENERATOR_NOT_FINISHED:
      'The file is not fully generated, so its summary is not ready. Read every chunk before reading summary.',
    SANDBOX_NON_VIRTUAL_PERSON:
      'A test-phase API key only receives virtual-ID data, but the masked ID {maskedId} is not a virtual person (virtual IDs start with Z). Use a masked ID that starts with Z, or a production-phase key.',
    SANDBOX_UNKNOWN_API_KEY:
      'The sandbox does not know this API key (ending {keySuffix}). Use the apiKey returned by startSandbox(), or register the key in the apps option.',
    SANDBOX_INVALID_OPTION: 'Invalid sandbox option {option}: {value}. {hint}',
    SANDBOX_CLOSED: 'The sandbox is closed, so it cannot {action}. Call startSandbox() again.',
    CLI_STARTED: 'mhbkit NHI sandbox listening at {url}',
    CLI_TEST_KEY: 'Test-phase API key: {apiKey}',
    CLI_TEST_KEY_NOTE: 'This key was made by the sandbox. It is not an NHI key and works only against this sandbox.',
    CLI_ADMIN_ROUTE: 'Issue a ticket: POST {url}/__sandbox/tickets',
    CLI_STOP_HINT: 'Press Ctrl-C to stop.',
    CLI_STOPPED: 'Sandbox stopped.',
    CLI_USAGE:
      'Usage: mhb-sandbox [--port PORT] [--lang zh-TW|en] [--seed SEED] [--ready-after MS]\n  --port         port on 127.0.0.1, default 0 (any free port)\n  --lang         output language, default zh-TW\n  --seed         seed for generated data and keys, default 1\n  --ready-after  milliseconds from issuing a ticket until its file is produced, default 0',
    CLI_INVALID_ARGUMENT: 'Invalid argument {argument}: {value}. Run mhb-sandbox --help for usage.',
  },
});

/** A message code of `@mhbkit/testing`. */
export type TestingMessageCode = keyof (typeof TESTING_MESSAGES)['en'];
