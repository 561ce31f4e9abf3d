import type { FieldDefinition } from './field-kinds.js';

// Allergies (r4), organ-donation intent (r5), immunizations (r6), lab results (r7) and imaging or pathology
// reports (r8). Labels follow the official NHI specifications 健康存摺 JSON/XML 檔案格式說明_醫療類 (revised 2023-05-15).

/** Fields of r4 過敏資料 (drug allergies). r4.9–r4.12 are absent from files made before 2023-05-15. */
export const R4_FIELDS = [
  { key: 'r4.1', name: 'uploadDate', zh: '上傳日期', en: 'Upload date', kind: 'date' },
  { key: 'r4.2', name: 'allergen', zh: '過敏藥物內容', en: 'Allergen (drug)', kind: 'text' },
  { key: 'r4.3', name: 'physician', zh: '上傳醫師', en: 'Uploading physician (empty since 2023-05-15)', kind: 'text' },
  { key: 'r4.4', name: 'facilityCode', zh: '醫事機構代號', en: 'Facility code', kind: 'code' },
  { key: 'r4.5', name: 'facilityName', zh: '上傳醫事機構', en: 'Uploading facility', kind: 'text' },
  { key: 'r4.6', name: 'phoneAreaCode', zh: '電話區碼', en: 'Phone area code', kind: 'code' },
  { key: 'r4.7', name: 'facilityPhone', zh: '醫事機構電話', en: 'Facility phone', kind: 'text' },
  { key: 'r4.8', name: 'facilityAddress', zh: '醫事機構地址', en: 'Facility address', kind: 'text' },
  { key: 'r4.9', name: 'severity', zh: '嚴重程度', en: 'Severity', kind: 'text' },
  { key: 'r4.10', name: 'symptoms', zh: '過敏症狀', en: 'Reaction or symptoms', kind: 'text' },
  { key: 'r4.11', name: 'otherSymptoms', zh: '其他過敏症狀說明', en: 'Other symptoms', kind: 'text' },
  { key: 'r4.12', name: 'recordingMethod', zh: '收載方式', en: 'How it was recorded', kind: 'text' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r5 器捐或安寧緩和醫療意願 (organ-donation or hospice-care intent). */
export const R5_FIELDS = [
  { key: 'r5.1', name: 'annotationDate', zh: '健保卡註記日期', en: 'Date annotated on the NHI card', kind: 'date' },
  { key: 'r5.2', name: 'annotationCode', zh: '註記代碼', en: 'Annotation code (list unpublished)', kind: 'code' },
  {
    key: 'r5.3',
    name: 'intent',
    zh: '器捐或安寧緩和醫療意願',
    en: 'Organ-donation or hospice-care intent',
    kind: 'text',
  },
] as const satisfies readonly FieldDefinition[];

/** Fields of r6 預防接種資料 (immunizations). r6.2 and r6.4 do not exist in the spec. */
export const R6_FIELDS = [
  { key: 'r6.1', name: 'vaccinationDate', zh: '接種日期', en: 'Vaccination date', kind: 'date' },
  { key: 'r6.3', name: 'vaccineName', zh: '疫苗中文名稱', en: 'Vaccine name (Chinese)', kind: 'text' },
  { key: 'r6.5', name: 'facilityName', zh: '醫事機構名稱', en: 'Facility name', kind: 'text' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r7 檢驗（查）結果資料 (lab and exam results). The file has no unit field. */
export const R7_FIELDS = [
  { key: 'r7.1', name: 'division', zh: '業務組別', en: 'NHI division', kind: 'division' },
  { key: 'r7.2', name: 'divisionName', zh: '健保署服務單位', en: 'NHI division name', kind: 'text' },
  { key: 'r7.3', name: 'facilityCode', zh: '醫事機構代碼', en: 'Facility code', kind: 'code' },
  { key: 'r7.4', name: 'facilityName', zh: '醫事機構名稱', en: 'Facility name', kind: 'text' },
  { key: 'r7.5', name: 'visitDate', zh: '就醫日期/入院日期', en: 'Visit or admission date', kind: 'date' },
  { key: 'r7.6', name: 'testDate', zh: '檢驗(查)日期', en: 'Test date', kind: 'date' },
  { key: 'r7.7', name: 'uploadedAt', zh: '資料上傳時間', en: 'Upload time', kind: 'timestamp' },
  { key: 'r7.8', name: 'orderCode', zh: '醫囑代碼', en: 'Order code', kind: 'code' },
  { key: 'r7.9', name: 'orderName', zh: '醫囑名稱', en: 'Order name', kind: 'text' },
  { key: 'r7.10', name: 'analyteName', zh: '檢驗項目名稱', en: 'Analyte name', kind: 'text' },
  { key: 'r7.11', name: 'result', zh: '結果值', en: 'Result value', kind: 'lab-result' },
  { key: 'r7.12', name: 'referenceRange', zh: '參考值', en: 'Reference range', kind: 'reference-range' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r8 影像或病理檢查資料 (imaging or pathology reports). */
export const R8_FIELDS = [
  { key: 'r8.1', name: 'division', zh: '業務組別', en: 'NHI division', kind: 'division' },
  { key: 'r8.2', name: 'divisionName', zh: '健保署服務單位', en: 'NHI division name', kind: 'text' },
  { key: 'r8.3', name: 'facilityCode', zh: '醫事機構代碼', en: 'Facility code', kind: 'code' },
  { key: 'r8.4', name: 'facilityName', zh: '醫事機構名稱', en: 'Facility name', kind: 'text' },
  { key: 'r8.5', name: 'visitDate', zh: '就醫日期/入院日期', en: 'Visit or admission date', kind: 'date' },
  { key: 'r8.6', name: 'examDate', zh: '檢驗(查)日期', en: 'Exam date', kind: 'date' },
  { key: 'r8.7', name: 'uploadedAt', zh: '資料上傳時間', en: 'Upload time', kind: 'timestamp' },
  { key: 'r8.8', name: 'orderCode', zh: '醫囑代碼', en: 'Order code', kind: 'code' },
  { key: 'r8.9', name: 'orderName', zh: '醫囑名稱', en: 'Order name', kind: 'text' },
  { key: 'r8.10', name: 'report', zh: '影像或病理報告內容', en: 'Report text', kind: 'text' },
] as const satisfies readonly FieldDefinition[];
