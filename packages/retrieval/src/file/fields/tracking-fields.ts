import type { FieldDefinition } from './field-kinds.js';

// Care-program tracking: diabetes (R12), early chronic kidney disease (R13) and hepatitis B/C (R14). Measurements
// are text (文數字) in the spec, so the reader parses them as numbers and keeps the raw text.

/** Fields of R12 糖尿病追蹤資料 (diabetes care-program enrolment). */
export const R12_FIELDS = [
  { key: 'r12.1', name: 'enrolmentDate', zh: '收案日期', en: 'Enrolment date', kind: 'date' },
  { key: 'r12.2', name: 'facilityName', zh: '收案院所', en: 'Enrolling facility', kind: 'text' },
  { key: 'r12.3', name: 'closingDate', zh: '結案日期', en: 'Closing date (empty while open)', kind: 'date' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r12_1 糖尿病追蹤資料細目 (diabetes tracking visits). The spec gives no units. */
export const R12_1_FIELDS = [
  { key: 'r12_1.1', name: 'stage', zh: '階段', en: 'Stage', kind: 'text' },
  { key: 'r12_1.2', name: 'visitDate', zh: '就醫日期', en: 'Visit date', kind: 'date' },
  { key: 'r12_1.3', name: 'bloodTestDate', zh: '血液檢驗日期', en: 'Blood test date', kind: 'date' },
  { key: 'r12_1.4', name: 'urineTestDate', zh: '尿液檢驗日期', en: 'Urine test date', kind: 'date' },
  { key: 'r12_1.5', name: 'systolicPressure', zh: '收縮壓', en: 'Systolic blood pressure', kind: 'number' },
  { key: 'r12_1.6', name: 'diastolicPressure', zh: '舒張壓', en: 'Diastolic blood pressure', kind: 'number' },
  { key: 'r12_1.7', name: 'hba1c', zh: '醣化血色素', en: 'HbA1c', kind: 'number' },
  { key: 'r12_1.8', name: 'ldlCholesterol', zh: '低密度脂蛋白', en: 'LDL cholesterol', kind: 'number' },
  { key: 'r12_1.9', name: 'fastingGlucose', zh: '飯前血糖值', en: 'Fasting glucose', kind: 'number' },
  { key: 'r12_1.10', name: 'creatinine', zh: '肌酸酐', en: 'Creatinine', kind: 'number' },
  { key: 'r12_1.11', name: 'egfr', zh: '腎絲球率值', en: 'eGFR', kind: 'number' },
  { key: 'r12_1.12', name: 'triglycerides', zh: '三酸甘油酯', en: 'Triglycerides', kind: 'number' },
  { key: 'r12_1.13', name: 'urineMicroalbumin', zh: '尿液微量白蛋白', en: 'Urine microalbumin', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of R13 初期慢性腎病追蹤資料 (early chronic kidney disease enrolment). */
export const R13_FIELDS = [
  { key: 'r13.1', name: 'enrolmentDate', zh: '收案日期', en: 'Enrolment date', kind: 'date' },
  { key: 'r13.2', name: 'facilityName', zh: '收案院所', en: 'Enrolling facility', kind: 'text' },
  { key: 'r13.3', name: 'closingDate', zh: '結案日期', en: 'Closing date (empty while open)', kind: 'date' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r13_1 初期慢性腎病追蹤資料細目 (kidney disease tracking visits). */
export const R13_1_FIELDS = [
  { key: 'r13_1.1', name: 'stage', zh: '階段', en: 'Stage', kind: 'text' },
  { key: 'r13_1.2', name: 'visitDate', zh: '就醫日期', en: 'Visit date', kind: 'date' },
  { key: 'r13_1.3', name: 'systolicPressure', zh: '收縮壓', en: 'Systolic blood pressure', kind: 'number' },
  { key: 'r13_1.4', name: 'diastolicPressure', zh: '舒張壓', en: 'Diastolic blood pressure', kind: 'number' },
  { key: 'r13_1.5', name: 'egfr', zh: '腎絲球濾過率值', en: 'eGFR', kind: 'number' },
  {
    key: 'r13_1.6',
    name: 'urineProteinCreatinineRatio',
    zh: '尿蛋白及尿液肌酸酐比值',
    en: 'Urine protein to creatinine ratio',
    kind: 'number',
  },
  { key: 'r13_1.7', name: 'serumCreatinine', zh: '血清肌酸酐', en: 'Serum creatinine', kind: 'number' },
  { key: 'r13_1.8', name: 'ldlCholesterol', zh: '低密度脂蛋白', en: 'LDL cholesterol', kind: 'number' },
  { key: 'r13_1.9', name: 'hba1c', zh: '糖化血色素', en: 'HbA1c', kind: 'number' },
  { key: 'r13_1.10', name: 'microalbumin', zh: '微量白蛋白', en: 'Microalbumin', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of R14 BC 肝炎追蹤資料 (hepatitis B/C enrolment). */
export const R14_FIELDS = [
  { key: 'r14.1', name: 'enrolmentDate', zh: '收案日期', en: 'Enrolment date', kind: 'date' },
  { key: 'r14.2', name: 'facilityName', zh: '收案院所', en: 'Enrolling facility', kind: 'text' },
  { key: 'r14.3', name: 'closingDate', zh: '結案日期', en: 'Closing date (empty while open)', kind: 'date' },
] as const satisfies readonly FieldDefinition[];

/**
 * Fields of r14_1 BC 肝炎追蹤資料細目 (hepatitis tracking visits).
 *
 * The spec table lists eight fields but both spec samples carry nine, so the table seems to miss one row and the
 * meaning of `.6`–`.9` is unconfirmed. Those four stay raw text, labelled with the table's names.
 */
export const R14_1_FIELDS = [
  { key: 'r14_1.1', name: 'stage', zh: '階段', en: 'Stage', kind: 'text' },
  { key: 'r14_1.2', name: 'visitDate', zh: '就醫日期', en: 'Visit date', kind: 'date' },
  { key: 'r14_1.3', name: 'hepatitisType', zh: '肝炎類型', en: 'Hepatitis type', kind: 'text' },
  { key: 'r14_1.4', name: 'hbsag', zh: 'HBsAG', en: 'HBsAg', kind: 'text' },
  { key: 'r14_1.5', name: 'hbeag', zh: 'HBeAG', en: 'HBeAg', kind: 'text' },
  {
    key: 'r14_1.6',
    name: 'unconfirmed6',
    zh: 'GOT（位置未確認）',
    en: 'AST per the table (position unconfirmed)',
    kind: 'unconfirmed',
  },
  {
    key: 'r14_1.7',
    name: 'unconfirmed7',
    zh: 'GPT（位置未確認）',
    en: 'ALT per the table (position unconfirmed)',
    kind: 'unconfirmed',
  },
  {
    key: 'r14_1.8',
    name: 'unconfirmed8',
    zh: '腹部超音波檢查結果（位置未確認）',
    en: 'Abdominal ultrasound result per the table (position unconfirmed)',
    kind: 'unconfirmed',
  },
  {
    key: 'r14_1.9',
    name: 'unconfirmed9',
    zh: '（規格表未列）',
    en: 'Not in the spec table; present in both spec samples',
    kind: 'unconfirmed',
  },
] as const satisfies readonly FieldDefinition[];
