import type { FieldDefinition } from './field-kinds.js';

// Adult preventive health check (r10) and cancer screening (r11). Labels follow the official NHI specifications
// 健康存摺 JSON/XML 檔案格式說明_醫療類 (revised 2023-05-15). r10.14 is total cholesterol and r10.15 triglycerides, as
// both specifications state.

/** Fields of r10 成人預防保健結果 (adult preventive health check). */
export const R10_FIELDS = [
  { key: 'r10.1', name: 'facilityCode', zh: '檢查醫事機構代碼', en: 'Examining facility code', kind: 'code' },
  { key: 'r10.2', name: 'facilityName', zh: '檢查醫事機構名稱', en: 'Examining facility name', kind: 'text' },
  { key: 'r10.3', name: 'phoneAreaCode', zh: '電話區碼', en: 'Phone area code', kind: 'code' },
  { key: 'r10.4', name: 'facilityPhone', zh: '醫事機構電話', en: 'Facility phone', kind: 'text' },
  { key: 'r10.5', name: 'examDate', zh: '檢查日期', en: 'Exam date', kind: 'date' },
  { key: 'r10.6', name: 'height', zh: '一般檢查_身高', en: 'Height (cm)', kind: 'number' },
  { key: 'r10.7', name: 'weight', zh: '一般檢查_體重', en: 'Weight (kg)', kind: 'number' },
  { key: 'r10.8', name: 'bmi', zh: '一般檢查_BMI(身體質量指數)', en: 'BMI (kg/m²)', kind: 'number' },
  { key: 'r10.9', name: 'waist', zh: '一般檢查_腰圍', en: 'Waist (inch or cm, not stated)', kind: 'waist' },
  {
    key: 'r10.10',
    name: 'systolicPressure',
    zh: '血壓檢查_收縮壓',
    en: 'Systolic blood pressure (mmHg)',
    kind: 'number',
  },
  {
    key: 'r10.11',
    name: 'diastolicPressure',
    zh: '血壓檢查_舒張壓',
    en: 'Diastolic blood pressure (mmHg)',
    kind: 'number',
  },
  {
    key: 'r10.12',
    name: 'bloodPressureResult',
    zh: '血壓檢查結果代碼',
    en: 'Blood pressure result code',
    kind: 'r10-result',
  },
  { key: 'r10.13', name: 'bloodPressureResultText', zh: '血壓檢查結果', en: 'Blood pressure result', kind: 'text' },
  {
    key: 'r10.14',
    name: 'totalCholesterol',
    zh: '血脂肪檢查_總膽固醇(TC)',
    en: 'Total cholesterol (mg/dl)',
    kind: 'number',
  },
  {
    key: 'r10.15',
    name: 'triglycerides',
    zh: '血脂肪檢查_三酸甘油酯(TG)',
    en: 'Triglycerides (mg/dl)',
    kind: 'number',
  },
  {
    key: 'r10.16',
    name: 'hdlCholesterol',
    zh: '血脂肪檢查_高密度脂蛋白膽固醇(HDL)',
    en: 'HDL cholesterol (mg/dl)',
    kind: 'number',
  },
  {
    key: 'r10.17',
    name: 'ldlCholesterol',
    zh: '血脂肪檢查_低密度脂蛋白膽固醇(LDL)',
    en: 'LDL cholesterol (mg/dl)',
    kind: 'number',
  },
  { key: 'r10.18', name: 'lipidResult', zh: '血脂肪檢查結果代碼', en: 'Lipid result code', kind: 'r10-result' },
  { key: 'r10.19', name: 'lipidResultText', zh: '血脂肪檢查結果', en: 'Lipid result', kind: 'text' },
  { key: 'r10.20', name: 'fastingGlucose', zh: '血糖檢查_飯前血糖', en: 'Fasting glucose (mg/dl)', kind: 'number' },
  { key: 'r10.21', name: 'glucoseResult', zh: '血糖檢查結果代碼', en: 'Glucose result code', kind: 'r10-result' },
  { key: 'r10.22', name: 'glucoseResultText', zh: '血糖檢查結果', en: 'Glucose result', kind: 'text' },
  {
    key: 'r10.23',
    name: 'bloodUreaNitrogen',
    zh: '腎功能檢查_尿素氮',
    en: 'Blood urea nitrogen (mg/dl)',
    kind: 'number',
  },
  { key: 'r10.24', name: 'creatinine', zh: '腎功能檢查_肌酸酐', en: 'Creatinine (mg/dl)', kind: 'number' },
  { key: 'r10.25', name: 'egfr', zh: '腎功能檢查_腎絲球過濾率', en: 'eGFR (ml/min/1.73 m²)', kind: 'number' },
  { key: 'r10.26', name: 'renalResult', zh: '腎功能檢查結果代碼', en: 'Renal result code', kind: 'r10-result' },
  { key: 'r10.27', name: 'renalResultText', zh: '腎功能檢查結果', en: 'Renal result', kind: 'text' },
  { key: 'r10.28', name: 'urineProtein', zh: '尿液檢查_尿液蛋白質', en: 'Urine protein (sign or mg/dl)', kind: 'text' },
  {
    key: 'r10.29',
    name: 'metabolicSyndromeResult',
    zh: '代謝症候群檢查結果代碼',
    en: 'Metabolic syndrome result code',
    kind: 'r10-result',
  },
  {
    key: 'r10.30',
    name: 'metabolicSyndromeResultText',
    zh: '代謝症候群檢查結果',
    en: 'Metabolic syndrome result',
    kind: 'text',
  },
  { key: 'r10.31', name: 'ast', zh: '肝功能檢查_SGOT(AST或GOT)', en: 'AST (IU/l)', kind: 'number' },
  { key: 'r10.32', name: 'alt', zh: '肝功能檢查_SGPT(ALT或GPT)', en: 'ALT (IU/l)', kind: 'number' },
  { key: 'r10.33', name: 'liverResult', zh: '肝功能檢查結果代碼', en: 'Liver result code', kind: 'r10-result' },
  { key: 'r10.34', name: 'liverResultText', zh: '肝功能檢查結果', en: 'Liver result', kind: 'text' },
  {
    key: 'r10.35',
    name: 'hbsag',
    zh: 'B型肝炎檢查_B型肝炎表面抗原(HBsAg)代碼',
    en: 'HBsAg code',
    kind: 'antigen',
  },
  { key: 'r10.36', name: 'hbsagText', zh: 'B型肝炎檢查_B型肝炎表面抗原(HBsAg)', en: 'HBsAg', kind: 'text' },
  {
    key: 'r10.37',
    name: 'hepatitisBResult',
    zh: 'B型肝炎檢查結果代碼',
    en: 'Hepatitis B result code',
    kind: 'hepatitis-result',
  },
  { key: 'r10.38', name: 'hepatitisBResultText', zh: 'B型肝炎檢查結果', en: 'Hepatitis B result', kind: 'text' },
  {
    key: 'r10.39',
    name: 'antiHcv',
    zh: 'C型肝炎檢查_C型肝炎抗體(Anti-HCV)代碼',
    en: 'Anti-HCV code',
    kind: 'antigen',
  },
  { key: 'r10.40', name: 'antiHcvText', zh: 'C型肝炎檢查_C型肝炎抗體(Anti-HCV)', en: 'Anti-HCV', kind: 'text' },
  {
    key: 'r10.41',
    name: 'hepatitisCResult',
    zh: 'C型肝炎檢查結果代碼',
    en: 'Hepatitis C result code',
    kind: 'hepatitis-result',
  },
  { key: 'r10.42', name: 'hepatitisCResultText', zh: 'C型肝炎檢查結果', en: 'Hepatitis C result', kind: 'text' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r11 癌症篩檢結果資料 (cancer screening). */
export const R11_FIELDS = [
  { key: 'r11.1', name: 'category', zh: '篩檢類別', en: 'Screening category', kind: 'text' },
  { key: 'r11.2', name: 'testName', zh: '檢查項目名稱', en: 'Test name', kind: 'text' },
] as const satisfies readonly FieldDefinition[];

/** Fields of r11_1 癌症篩檢結果報告細目 (screening results). */
export const R11_1_FIELDS = [
  { key: 'r11_1.1', name: 'screeningDate', zh: '就醫日期', en: 'Screening date', kind: 'date' },
  { key: 'r11_1.2', name: 'facilityName', zh: '醫事機構名稱', en: 'Facility name', kind: 'text' },
  { key: 'r11_1.3', name: 'result', zh: '檢查(驗)結果', en: 'Result', kind: 'text' },
  { key: 'r11_1.4', name: 'advice', zh: '建議', en: 'Advice', kind: 'text' },
] as const satisfies readonly FieldDefinition[];
