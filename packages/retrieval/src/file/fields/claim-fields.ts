import { type FieldDefinition, type PairDefinition, pairKeys } from './field-kinds.js';

// Claim sections: Western outpatient (r1), inpatient (r2), dental (r3) and traditional Chinese medicine (r9), with
// their order lists. Labels follow the official NHI specifications 健康存摺 JSON/XML 檔案格式說明_醫療類 (revised 2023-05-15).

/** Fields of r1 西醫門診資料 (Western-medicine outpatient), without the secondary pairs. */
export const R1_FIELDS = [
  { key: 'r1.1', name: 'division', zh: '業務組別', en: 'NHI division', kind: 'division' },
  { key: 'r1.2', name: 'divisionName', zh: '健保署服務單位', en: 'NHI division name', kind: 'text' },
  { key: 'r1.3', name: 'facilityCode', zh: '醫事機構代碼', en: 'Facility code', kind: 'code' },
  { key: 'r1.4', name: 'facilityName', zh: '醫事機構名稱', en: 'Facility name', kind: 'text' },
  { key: 'r1.5', name: 'visitDate', zh: '就醫日期', en: 'Visit date', kind: 'date' },
  {
    key: 'r1.6',
    name: 'dispensingDate',
    zh: '交付調劑、檢查或復健治療日期',
    en: 'Date a prescription, exam or rehabilitation order was filled',
    kind: 'date',
  },
  { key: 'r1.7', name: 'cardSequenceNumber', zh: '健保卡就醫序號', en: 'NHI card visit sequence number', kind: 'code' },
  {
    key: 'r1.8',
    name: 'principalDiagnosisCode',
    zh: '疾病分類碼（主診斷碼）',
    en: 'Principal diagnosis code',
    kind: 'code',
  },
  {
    key: 'r1.9',
    name: 'principalDiagnosisName',
    zh: '疾病分類名稱（主診斷名稱）',
    en: 'Principal diagnosis name',
    kind: 'text',
  },
  { key: 'r1.10', name: 'principalProcedureCode', zh: '主處置碼', en: 'Principal procedure code', kind: 'code' },
  { key: 'r1.11', name: 'principalProcedureName', zh: '主處置名稱', en: 'Principal procedure name', kind: 'text' },
  { key: 'r1.12', name: 'copayment', zh: '部分負擔金額', en: 'Copayment (NT$)', kind: 'number' },
  { key: 'r1.13', name: 'paidPoints', zh: '健保支付點數', en: 'NHI-paid points', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r1_1 西醫門診資料報告細目 (outpatient orders). */
export const R1_1_FIELDS = [
  { key: 'r1_1.1', name: 'orderCode', zh: '醫囑代碼', en: 'Order code', kind: 'code' },
  { key: 'r1_1.2', name: 'orderName', zh: '醫囑名稱', en: 'Order name', kind: 'text' },
  { key: 'r1_1.3', name: 'quantity', zh: '醫囑總量', en: 'Total quantity', kind: 'number' },
  { key: 'r1_1.4', name: 'daysOfSupply', zh: '給藥日數', en: 'Days of supply', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r2 住院資料 (inpatient stays), without the secondary pairs. */
export const R2_FIELDS = [
  { key: 'r2.1', name: 'division', zh: '業務組別', en: 'NHI division', kind: 'division' },
  { key: 'r2.2', name: 'divisionName', zh: '健保署服務單位', en: 'NHI division name', kind: 'text' },
  { key: 'r2.3', name: 'facilityCode', zh: '醫事機構代碼', en: 'Facility code', kind: 'code' },
  { key: 'r2.4', name: 'facilityName', zh: '醫事機構名稱', en: 'Facility name', kind: 'text' },
  { key: 'r2.5', name: 'admissionDate', zh: '入院日期', en: 'Admission date', kind: 'date' },
  { key: 'r2.6', name: 'dischargeDate', zh: '出院日期', en: 'Discharge date', kind: 'date' },
  { key: 'r2.7', name: 'claimStartDate', zh: '申報起日', en: 'Claim period start', kind: 'date' },
  { key: 'r2.8', name: 'claimEndDate', zh: '申報迄日', en: 'Claim period end', kind: 'date' },
  { key: 'r2.9', name: 'cardSequenceNumber', zh: '健保卡就醫序號', en: 'NHI card visit sequence number', kind: 'code' },
  {
    key: 'r2.10',
    name: 'principalDiagnosisCode',
    zh: '疾病分類碼（主診斷碼）',
    en: 'Principal diagnosis code',
    kind: 'code',
  },
  {
    key: 'r2.11',
    name: 'principalDiagnosisName',
    zh: '疾病分類名稱（主診斷名稱）',
    en: 'Principal diagnosis name',
    kind: 'text',
  },
  { key: 'r2.12', name: 'principalProcedureCode', zh: '主處置碼', en: 'Principal procedure code', kind: 'code' },
  { key: 'r2.13', name: 'principalProcedureName', zh: '主處置名稱', en: 'Principal procedure name', kind: 'text' },
  { key: 'r2.14', name: 'copayment', zh: '部分負擔金額', en: 'Copayment (NT$)', kind: 'number' },
  { key: 'r2.15', name: 'paidPoints', zh: '健保支付點數', en: 'NHI-paid points', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r2_1 住院資料報告細目 (inpatient orders). */
export const R2_1_FIELDS = [
  { key: 'r2_1.1', name: 'orderSequence', zh: '醫囑序號', en: 'Order sequence number', kind: 'code' },
  { key: 'r2_1.2', name: 'startDate', zh: '醫囑執行起日', en: 'Order start date', kind: 'date' },
  { key: 'r2_1.3', name: 'endDate', zh: '醫囑執行迄日', en: 'Order end date', kind: 'date' },
  { key: 'r2_1.4', name: 'orderCode', zh: '醫囑代碼', en: 'Order code', kind: 'code' },
  { key: 'r2_1.5', name: 'orderName', zh: '醫囑名稱', en: 'Order name', kind: 'text' },
  { key: 'r2_1.6', name: 'quantity', zh: '醫囑總量', en: 'Total quantity', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r3 牙醫門診資料 (dental outpatient), without the secondary pairs. */
export const R3_FIELDS = [
  { key: 'r3.1', name: 'division', zh: '業務組別', en: 'NHI division', kind: 'division' },
  { key: 'r3.2', name: 'divisionName', zh: '健保署服務單位', en: 'NHI division name', kind: 'text' },
  { key: 'r3.3', name: 'facilityCode', zh: '醫事機構代碼', en: 'Facility code', kind: 'code' },
  { key: 'r3.4', name: 'facilityName', zh: '醫事機構名稱', en: 'Facility name', kind: 'text' },
  { key: 'r3.5', name: 'visitDate', zh: '就醫日期', en: 'Visit date', kind: 'date' },
  { key: 'r3.6', name: 'cardSequenceNumber', zh: '健保卡就醫序號', en: 'NHI card visit sequence number', kind: 'code' },
  { key: 'r3.7', name: 'principalDiagnosisCode', zh: '疾病分類碼', en: 'Principal diagnosis code', kind: 'code' },
  { key: 'r3.8', name: 'principalDiagnosisName', zh: '疾病分類名稱', en: 'Principal diagnosis name', kind: 'text' },
  { key: 'r3.9', name: 'principalProcedureCode', zh: '處置碼', en: 'Principal procedure code', kind: 'code' },
  { key: 'r3.10', name: 'principalProcedureName', zh: '處置名稱', en: 'Principal procedure name', kind: 'text' },
  { key: 'r3.11', name: 'copayment', zh: '部分負擔金額', en: 'Copayment (NT$)', kind: 'number' },
  { key: 'r3.12', name: 'paidPoints', zh: '健保支付點數', en: 'NHI-paid points', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r3_1 牙醫門診資料報告細目 (dental orders). Days of supply are at `.6`; `.4` is the tooth code. */
export const R3_1_FIELDS = [
  { key: 'r3_1.1', name: 'orderCode', zh: '醫囑代碼', en: 'Order code', kind: 'code' },
  { key: 'r3_1.2', name: 'orderName', zh: '醫囑名稱', en: 'Order name', kind: 'text' },
  { key: 'r3_1.3', name: 'quantity', zh: '醫囑總量', en: 'Total quantity', kind: 'number' },
  { key: 'r3_1.4', name: 'toothCode', zh: '牙位代碼', en: 'Tooth position code', kind: 'code' },
  { key: 'r3_1.5', name: 'toothName', zh: '牙位名稱', en: 'Tooth position name', kind: 'text' },
  { key: 'r3_1.6', name: 'daysOfSupply', zh: '給藥日數', en: 'Days of supply', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r9 中醫門診資料 (traditional Chinese medicine outpatient), without the secondary pairs. */
export const R9_FIELDS = [
  { key: 'r9.1', name: 'division', zh: '業務組別', en: 'NHI division', kind: 'division' },
  { key: 'r9.2', name: 'divisionName', zh: '健保署服務單位', en: 'NHI division name', kind: 'text' },
  { key: 'r9.3', name: 'facilityCode', zh: '醫事機構代碼', en: 'Facility code', kind: 'code' },
  { key: 'r9.4', name: 'facilityName', zh: '醫事機構名稱', en: 'Facility name', kind: 'text' },
  { key: 'r9.5', name: 'visitDate', zh: '就醫日期', en: 'Visit date', kind: 'date' },
  { key: 'r9.6', name: 'cardSequenceNumber', zh: '健保卡就醫序號', en: 'NHI card visit sequence number', kind: 'code' },
  { key: 'r9.7', name: 'principalDiagnosisCode', zh: '疾病分類碼', en: 'Principal diagnosis code', kind: 'code' },
  { key: 'r9.8', name: 'principalDiagnosisName', zh: '疾病分類名稱', en: 'Principal diagnosis name', kind: 'text' },
  { key: 'r9.9', name: 'principalProcedureCode', zh: '處置碼', en: 'Principal procedure code', kind: 'code' },
  { key: 'r9.10', name: 'principalProcedureName', zh: '處置名稱', en: 'Principal procedure name', kind: 'text' },
  { key: 'r9.11', name: 'copayment', zh: '部分負擔金額', en: 'Copayment (NT$)', kind: 'number' },
  { key: 'r9.12', name: 'paidPoints', zh: '健保支付點數', en: 'NHI-paid points', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r9_1 中醫門診資料報告細目 (TCM orders). */
export const R9_1_FIELDS = [
  { key: 'r9_1.1', name: 'orderCode', zh: '醫囑代碼', en: 'Order code', kind: 'code' },
  { key: 'r9_1.2', name: 'orderName', zh: '醫囑名稱', en: 'Order name', kind: 'text' },
  { key: 'r9_1.3', name: 'quantity', zh: '醫囑總量', en: 'Total quantity', kind: 'number' },
  { key: 'r9_1.4', name: 'daysOfSupply', zh: '給藥日數', en: 'Days of supply', kind: 'number' },
] as const satisfies readonly FieldDefinition[];

/** Secondary diagnosis and procedure pairs of a claim section. */
export interface SecondaryPairs {
  readonly diagnoses: readonly PairDefinition[];
  readonly procedures: readonly PairDefinition[];
}

/** Secondary pairs per claim section: r1 5 + 2, r2 19 + 19, r3 5 + 2, r9 5 + 2. */
export const SECONDARY_PAIRS: Readonly<Record<'r1' | 'r2' | 'r3' | 'r9', SecondaryPairs>> = {
  r1: { diagnoses: pairKeys('r1', 14, 5), procedures: pairKeys('r1', 24, 2) },
  r2: { diagnoses: pairKeys('r2', 16, 19), procedures: pairKeys('r2', 54, 19) },
  r3: { diagnoses: pairKeys('r3', 13, 5), procedures: pairKeys('r3', 23, 2) },
  r9: { diagnoses: pairKeys('r9', 13, 5), procedures: pairKeys('r9', 23, 2) },
};
