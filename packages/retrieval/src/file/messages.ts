import { defineCatalog, formatMessage, type Locale, type MessageParams } from '@mhbkit/core';
import type { FormatErrorCode } from './format-error.js';
import type { IssueCode } from './issues.js';

/** Codes of the messages in {@link FILE_MESSAGES}: error and issue codes, and the phrases that name a place. */
export type FileMessageCode = FormatErrorCode | IssueCode | 'WHERE_RECORD' | 'WHERE_FIELD';

/** Messages of the file reader, in every locale. Messages name places and limits, never values. */
export const FILE_MESSAGES = defineCatalog<FileMessageCode>({
  'zh-TW': {
    FILE_EMPTY: '檔案是空的（0 位元組或只有空白）。請確認下載或解密已完成，再重新讀取。',
    FILE_TOO_LARGE: '檔案有 {bytes} 位元組，超過上限 {maxBytes} 位元組。若確定檔案正確，請調高 maxBytes 選項。',
    FILE_IS_ZIP: '收到的是 zip 壓縮檔（開頭為 PK），不是健康存摺 JSON 或 XML。請先解壓縮，再讀取其中的檔案。',
    FILE_IS_HTML: '收到的是 HTML 網頁，應為健康存摺 JSON 或 XML。伺服器可能回傳了錯誤頁面，請檢查下載回應。',
    FILE_UTF16: '檔案以 UTF-16 編碼（開頭為 UTF-16 BOM），應為 UTF-8。請以 UTF-8 重新儲存或取得原始檔案。',
    FILE_INVALID_UTF8: '檔案第 {offset} 位元組附近不是有效的 UTF-8，應為 UTF-8 編碼。請取得未經轉碼的原始檔案。',
    FILE_UNKNOWN_FORMAT:
      '檔案開頭 2 KB 內找不到 "myhealthbank" 或 <myhealthbank>，不是健康存摺醫療類檔案。請確認選對了檔案。',
    FILE_INVALID_JSON: 'JSON 格式錯誤（第 {line} 行第 {column} 欄）。請取得完整的原始檔案。',
    FILE_INCOMPLETE: '檔案在第 {line} 行第 {column} 欄提前結束，內容不完整。請重新下載或解密。',
    FILE_INVALID_XML: 'XML 格式錯誤（第 {line} 行第 {column} 欄）。請取得完整的原始檔案。',
    FILE_MISSING_BDATA: '找不到 myhealthbank.bdata（{found}）。檔案的根應為 myhealthbank 物件，其中含 bdata。',
    FILE_TOO_DEEP: '檔案的巢狀層數超過上限 {maxDepth}。健康存摺檔案只有數層；請確認檔案來源，或調高 maxDepth。',
    FILE_TOO_MANY_RECORDS: '{section} 有超過 {maxRecords} 筆紀錄。若確定檔案正確，請調高 maxRecords 選項。',
    FILE_PERSON_MISMATCH:
      '無法合併不同人的檔案：第一個檔案屬於 {expected}，另一個屬於 {actual}。請只合併同一人的檔案。',
    CONTROL_CHARACTERS_REPAIRED: '{where} 含未跳脫的控制字元（如 TAB），已依原值保留。',
    UNKNOWN_SECTION: '不認得的段落 {where}，已原樣保留於 unknownSections。',
    UNKNOWN_FIELD: '不認得的欄位 {where}，已原樣保留於該筆紀錄的 extra。',
    DUPLICATE_SECTION: '段落 {where} 出現兩次（大小寫不同），只讀取第一個，另一個保留於 unknownSections。',
    DUPLICATE_ELEMENT: 'XML 元素 {where} 重複出現，只讀取第一個值。',
    UNEXPECTED_TEXT: 'XML 元素 {where} 在子元素之間含有文字，已略過該文字。',
    INVALID_RECORD: '{where} 不是物件，無法讀取，已略過；原始內容保留於段落的 raw。',
    INVALID_VALUE: '{where} 的值型別不符（應為文字或數字），已視為空值。',
    INVALID_DATE: '{where} 不是有效日期（應為 YYYYMMDD），已視為空值並保留原文。',
    PARTIAL_DATE: '{where} 只有年月（YYYYMM），缺少日，已視為空值並保留原文。',
    INVALID_TIMESTAMP: '{where} 不是有效時間（應為 YYYYMMDDHHMM），已視為空值並保留原文。',
    INVALID_NUMBER: '{where} 不是數字，數值為空，已保留原文。',
    UNKNOWN_CODE: '{where} 的代碼不在已知代碼表中，已保留代碼但沒有名稱。',
    MISSING_MASKED_ID: '缺少 b1.1（遮罩身分證號），無法確認檔案屬於哪個人，合併時會被拒絕。',
    VALUE_TOO_DEEP: '{where} 的巢狀層數超過上限 {maxDepth}，指紋計算時已截斷。',
    ISSUES_TRUNCATED: '問題超過 {maxIssues} 筆，其餘未列出。',
    WHERE_RECORD: '{section} 第 {index} 筆',
    WHERE_FIELD: '{section} 第 {index} 筆的 {field}',
  },
  en: {
    FILE_EMPTY: 'The file is empty (0 bytes or only whitespace). Check that the download or decryption finished.',
    FILE_TOO_LARGE: 'The file has {bytes} bytes, more than the limit of {maxBytes}. Raise maxBytes if it is genuine.',
    FILE_IS_ZIP:
      'Received a zip archive (starts with PK), expected My Health Bank JSON or XML. Unzip it and read the file inside.',
    FILE_IS_HTML:
      'Received an HTML page, expected My Health Bank JSON or XML. The server may have sent an error page: check the download response.',
    FILE_UTF16:
      'The file is UTF-16 (it starts with a UTF-16 byte order mark), expected UTF-8. Save it as UTF-8 or get the original file.',
    FILE_INVALID_UTF8:
      'The file is not valid UTF-8 near byte {offset}, expected UTF-8. Get the original file without re-encoding.',
    FILE_UNKNOWN_FORMAT:
      'No "myhealthbank" or <myhealthbank> in the first 2 KB: this is not a My Health Bank medical-class file. Check the file choice.',
    FILE_INVALID_JSON: 'Invalid JSON at line {line}, column {column}. Get the complete original file.',
    FILE_INCOMPLETE:
      'The file ends early at line {line}, column {column}: it is truncated. Download or decrypt it again.',
    FILE_INVALID_XML: 'Invalid XML at line {line}, column {column}. Get the complete original file.',
    FILE_MISSING_BDATA:
      'Missing myhealthbank.bdata ({found}). The root must be a myhealthbank object that contains bdata.',
    FILE_TOO_DEEP:
      'The file nests deeper than the limit of {maxDepth} levels. Medical-class files have a few levels: check the source or raise maxDepth.',
    FILE_TOO_MANY_RECORDS: '{section} has more than {maxRecords} records. Raise maxRecords if the file is genuine.',
    FILE_PERSON_MISMATCH:
      'Cannot merge files of different persons: the first file belongs to {expected}, another to {actual}. Merge files of one person only.',
    CONTROL_CHARACTERS_REPAIRED: '{where} contains raw control characters (such as TAB); they were kept in the value.',
    UNKNOWN_SECTION: 'Unknown section {where}; it is kept verbatim in unknownSections.',
    UNKNOWN_FIELD: 'Unknown field {where}; it is kept verbatim in the record extra.',
    DUPLICATE_SECTION:
      'Section {where} appears twice (in different letter case); the first is read and the other is kept in unknownSections.',
    DUPLICATE_ELEMENT: 'XML element {where} is repeated; only the first value is read.',
    UNEXPECTED_TEXT: 'XML element {where} has text between its child elements; the text was skipped.',
    INVALID_RECORD: '{where} is not an object and was skipped; the original stays in the section raw.',
    INVALID_VALUE: '{where} has the wrong type (expected text or a number) and is treated as empty.',
    INVALID_DATE: '{where} is not a valid date (expected YYYYMMDD); it is treated as empty and the raw text is kept.',
    PARTIAL_DATE: '{where} has a year and month only (YYYYMM); it is treated as empty and the raw text is kept.',
    INVALID_TIMESTAMP:
      '{where} is not a valid timestamp (expected YYYYMMDDHHMM); it is treated as empty and the raw text is kept.',
    INVALID_NUMBER: '{where} is not a number; the numeric value is empty and the raw text is kept.',
    UNKNOWN_CODE: '{where} contains a code outside the known code list; the code is kept without a name.',
    MISSING_MASKED_ID: 'Missing b1.1 (masked national ID): the owner of the file is unknown, so merging rejects it.',
    VALUE_TOO_DEEP: '{where} nests deeper than {maxDepth} levels; the fingerprint truncates it.',
    ISSUES_TRUNCATED: 'More than {maxIssues} issues; the rest are not listed.',
    WHERE_RECORD: '{section} record {index}',
    WHERE_FIELD: '{section} record {index}, field {field}',
  },
});

/** Formats a file-reader message. */
export function fileMessage(code: FileMessageCode, locale: Locale, params: MessageParams = {}): string {
  return formatMessage(FILE_MESSAGES, code, locale, params);
}
