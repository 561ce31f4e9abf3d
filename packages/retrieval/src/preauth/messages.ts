import { defineCatalog, formatMessage, type Locale, type MessageParams } from '@mhbkit/core';

/**
 * Messages of the pre-authorization module, in every locale.
 *
 * No template may show a secret or health data: grant tokens never appear, and grants are named by the app's own
 * grant id.
 */
export const PREAUTH_MESSAGES = defineCatalog({
  'zh-TW': {
    GRANT_INVALID: '預先授權資料的 {field} 不正確：{issue}。請傳入 App 從健保 SDK 取得的原始授權資料。',
    GRANT_PHASE_MISMATCH:
      '階段不符：此用戶端為 {clientPhase}，但{subject}屬於 {otherPhase}。請用相同階段的用戶端、API 金鑰與授權儲存區。',
    GRANT_NOT_FOUND: '授權儲存區中找不到預先授權 {grantId}。請先用 addGrant() 加入這筆授權。',
    GRANT_SCOPE_INVALID: '要求的範圍不正確：{issue}。類別請用非空字串，月份請用 YYYY-MM 格式，或用 all。',
    PREAUTH_OPERATION_MISSING:
      '端點設定檔 {profile} 沒有 {operation} 操作，無法要求產製檔案。請在設定檔的 operations 中加入此操作的路徑。',
    PREAUTH_PROTOCOL_INVALID: '預先授權協定設定的 {option} 不正確：{issue}。請修正後再建立用戶端。',
    PREAUTH_PROTOCOL_UNVERIFIED:
      '預先授權協定 {protocol} 未經健保署證實。只在本機沙盒測試時傳入 allowUnverifiedProtocol: true；正式環境請等健保署公布規格後改用已證實的協定。',
    PREAUTH_RESPONSE_INVALID:
      '預先授權 {grantId} 的產製回應成功，但缺少票證欄位 {field}。請確認端點設定檔的 responseFields.ticketNumber 是否正確。',
    PREAUTH_OPTION_INVALID: '排程選項 {option} 的值 {value} 不正確：{hint}',
    GRANT_STORE_CORRUPT: '授權狀態檔 {path} 不是有效的 mhbkit 授權狀態檔（{reason}）。請從備份還原或移走該檔案後重試。',
  },
  en: {
    GRANT_INVALID:
      'The pre-authorization {field} is invalid: {issue}. Pass the grant data the app received from the NHI SDK unchanged.',
    GRANT_PHASE_MISMATCH:
      'Phase mismatch: this client is {clientPhase}, but the {subject} belongs to {otherPhase}. Use a client, API key and grant store of the same phase.',
    GRANT_NOT_FOUND: 'The grant store has no pre-authorization {grantId}. Add the grant with addGrant() first.',
    GRANT_SCOPE_INVALID:
      'The requested scope is invalid: {issue}. Use non-empty category strings, months as YYYY-MM, or all.',
    PREAUTH_OPERATION_MISSING:
      'The endpoint profile {profile} has no {operation} operation, so no file can be requested. Add the operation and its path to the profile.',
    PREAUTH_PROTOCOL_INVALID:
      'The pre-authorization protocol option {option} is invalid: {issue}. Fix it before creating the client.',
    PREAUTH_PROTOCOL_UNVERIFIED:
      'The pre-authorization protocol {protocol} is not verified by NHI. Pass allowUnverifiedProtocol: true only against the local sandbox; in production, wait for NHI to publish the specification and use a verified protocol.',
    PREAUTH_RESPONSE_INVALID:
      'The production response for pre-authorization {grantId} reported success but has no ticket field {field}. Check responseFields.ticketNumber in the endpoint profile.',
    PREAUTH_OPTION_INVALID: 'The schedule option {option} has the invalid value {value}: {hint}',
    GRANT_STORE_CORRUPT:
      'The grant state file {path} is not a valid mhbkit grant state file ({reason}). Restore it from a backup or move it away, then retry.',
  },
});

/** A code of {@link PREAUTH_MESSAGES}. */
export type PreauthMessageCode = keyof (typeof PREAUTH_MESSAGES)['en'];

/** @internal Formats a pre-authorization message in the given locale. */
export function preauthMessage(code: PreauthMessageCode, locale: Locale | undefined, params: MessageParams): string {
  return formatMessage(PREAUTH_MESSAGES, code, locale, params);
}
