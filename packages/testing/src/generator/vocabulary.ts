// Value lists the generator draws from. Codes have the real shapes: ICD-10-CM without the dot, ICD-10-PCS, NHI
// fee codes of five digits and a letter, and ten-character drug codes. Every facility is synthetic (codes start
// with 99, names contain 虛擬), so no output can be mistaken for a real person's record.

/** NHI divisions: code, full name, short name. */
export const DIVISIONS: readonly (readonly [string, string, string])[] = [
  ['1', '臺北業務組', '臺北'],
  ['2', '北區業務組', '北區'],
  ['3', '中區業務組', '中區'],
  ['4', '南區業務組', '南區'],
  ['5', '高屏業務組', '高屏'],
  ['6', '東區業務組', '東區'],
];

/** First parts of synthetic facility names. */
export const FACILITY_PREFIXES = ['杏林', '仁心', '康健', '安和', '福田', '晨光', '青松', '永安', '和平', 'A&B '];

/** Principal and secondary diagnoses for outpatient visits: ICD-10-CM code without the dot, and name. */
export const OUTPATIENT_DIAGNOSES: readonly (readonly [string, string])[] = [
  ['J069', '急性上呼吸道感染'],
  ['J1083', '流行性感冒併其他表現，確認病毒'],
  ['I10', '本態性（原發性）高血壓'],
  ['E119', '第二型糖尿病，未伴有併發症'],
  ['E785', '高血脂症'],
  ['K219', '胃食道逆流症，未伴有食道炎'],
  ['M545', '下背痛'],
  ['J301', '花粉所致過敏性鼻炎'],
  ['H1013', '急性異位性結膜炎，雙側'],
  ['L309', '皮膚炎'],
  ['N390', '泌尿道感染'],
  ['R519', '頭痛'],
];

/** Diagnoses of dental visits. */
export const DENTAL_DIAGNOSES: readonly (readonly [string, string])[] = [
  ['K0251', '侷限於琺瑯質之齲齒'],
  ['K0252', '穿透至牙本質之齲齒'],
  ['K0530', '慢性牙周炎'],
  ['K036', '牙齒沉積物（增生）'],
];

/** Diagnoses of TCM visits. */
export const TCM_DIAGNOSES: readonly (readonly [string, string])[] = [
  ['M545', '下背痛'],
  ['R519', '頭痛'],
  ['K5900', '便秘'],
  ['G4700', '失眠症'],
];

/** ICD-10-PCS procedures. */
export const PROCEDURES: readonly (readonly [string, string])[] = [
  ['06Q40ZZ', '腹部靜脈修補術，開放式'],
  ['0DJ08ZZ', '上消化道檢查，經自然或人工開口內視鏡'],
  ['BW03ZZZ', '胸部一般放射攝影'],
  ['3E0234Z', '肌肉注射血清、類毒素及疫苗'],
];

/** Drugs: ten-character NHI drug code (letter first), name with full-width digits as in real files, days range. */
export const DRUGS: readonly (readonly [string, string])[] = [
  ['AC20910100', 'Acetaminophen 錠 ５００毫克'],
  ['AC45856100', 'Amlodipine 錠 ５毫克'],
  ['AB47092100', 'Metformin HCl 錠 ５００毫克'],
  ['AC38317100', 'Cetirizine 錠 １０毫克'],
  ['BC24133100', 'Omeprazole 膠囊 ２０毫克'],
  ['AC31720100', 'Ibuprofen 錠 ４００毫克'],
  ['AB44371100', 'Amoxicillin 膠囊 ２５０毫克'],
  ['NC00019100', 'Atorvastatin 錠 ２０毫克'],
];

/** Outpatient fees and service codes: five digits and a letter. */
export const OUTPATIENT_FEES: readonly (readonly [string, string])[] = [
  ['00102B', '門診診察費'],
  ['05202B', '一般處方給藥'],
  ['06012C', '尿一般檢查'],
  ['09005C', '血液葡萄糖'],
];

/** Fees of a pharmacy dispensing row. */
export const PHARMACY_FEES: readonly (readonly [string, string])[] = [['05226B', '藥事服務費']];

/** Dental orders. */
export const DENTAL_ORDERS: readonly (readonly [string, string])[] = [
  ['92014C', '複雜性拔牙'],
  ['34001C', '牙科Ｘ光檢查'],
  ['89001C', '銀粉充填－單面'],
  ['91004C', '牙結石清除－全口'],
];

/** Tooth codes with the names real files carry . Names are used as NHI gives them, never derived from the code. */
export const TEETH: readonly (readonly [string, string])[] = [
  ['16', '右上第 6 顆恆牙'],
  ['21', '右上第一顆恆牙'],
  ['36', '左下第 6 顆恆牙'],
  ['47', '右下第 7 顆恆牙'],
];

/** TCM products: seven-character codes, letter first, with the brand in quotes as JSON files write it. */
export const TCM_PRODUCTS: readonly (readonly [string, string])[] = [
  ['A003284', "'虛擬'葛根湯濃縮細粒"],
  ['A010562', "'虛擬'加味逍遙散濃縮細粒"],
  ['A020847', "'虛擬'小青龍湯濃縮細粒"],
  ['A031195', "'虛擬'麻子仁丸濃縮細粒"],
];

/** One lab row template: analyte, result generator key or fixed text, reference range text. */
export interface LabAnalyte {
  readonly name: string;
  /** A fixed text result, or a numeric range `[min, max, decimals]`. */
  readonly result: string | readonly [number, number, number];
  readonly range: string;
}

/** Lab panels: order code, panel name, analytes. The reference ranges use the formats seen in real files. */
export const LAB_PANELS: readonly (readonly [string, string, readonly LabAnalyte[]])[] = [
  [
    '08011C',
    '全套血液檢查Ｉ（八項）',
    [
      { name: 'WBC', result: [3.5, 11.5, 2], range: '[3.8][10.0]' },
      { name: 'RBC', result: [3.8, 6.0, 2], range: '[4.2][5.8]' },
      { name: 'Hb', result: [11, 17, 1], range: '[13.0][17.0]' },
      { name: 'Hct', result: [34, 50, 1], range: '[40.0][50.0]' },
      { name: 'PLT', result: [130, 420, 0], range: '[150][400]' },
    ],
  ],
  ['09015C', '肌酸酐、血', [{ name: 'Creatinine', result: [0.5, 1.6, 2], range: '[0.70][1.20]' }]],
  ['09005C', '血液葡萄糖', [{ name: 'Glucose AC', result: [72, 140, 0], range: '70-99' }]],
  ['09006C', '醣化血紅素', [{ name: 'HbA1c', result: [4.8, 8.5, 1], range: '[4.0][5.6]' }]],
  ['09004C', '三酸甘油酯', [{ name: 'TG', result: [60, 260, 0], range: '<150' }]],
  [
    '06012C',
    '尿一般檢查',
    [
      { name: 'Color', result: 'Pale yellow', range: '[無][無]' },
      { name: 'Protein', result: '陰性', range: '[無][無]' },
      { name: 'Occult Blood', result: '1+', range: '[.][.]' },
      { name: 'pH', result: [5, 8, 1], range: '[5.0][8.0]' },
    ],
  ],
  ['12015C', 'C反應性蛋白試驗', [{ name: 'CRP', result: '＜1.0', range: '[無][= 5.0]' }]],
  ['12053C', '抗核抗體', [{ name: 'ANA', result: '1:40 SP', range: '[無][無]' }]],
  [
    '09029C',
    '膽紅素總量',
    [
      {
        name: 'T-Bil',
        result: [0.3, 1.4, 1],
        range: '[[0-14d]0.1-0.8 [≧18y]M 0.2-1.8 F 0.2-2.0][[0-14d]0.1-0.8 [≧18y]M 0.2-1.8 F 0.2-2.0]',
      },
    ],
  ],
  ['09002C', '血中尿素氮', [{ name: 'BUN', result: [7, 25, 0], range: '[無][10.0]' }]],
  ['09026C', '血清麩胺酸丙酮酸轉胺基酶', [{ name: 'ALT', result: [8, 60, 0], range: '[0~41][0~41]' }]],
];

/** Imaging and pathology reports: order code, order name, report lines (TABs inside lines are part of the text). */
export const REPORTS: readonly (readonly [string, string, readonly string[]])[] = [
  [
    '32001C',
    '胸腔檢查（包括各種角度部位之胸腔檢查）',
    ['Chest PA view:', 'No active lung lesion.', 'Heart size is normal.'],
  ],
  ['22001C', '純音聽力檢查', ['pure tone audiometry\tR\tWNL\tL\tWNL', 'speech\tR\t15dB\tL\t20dB']],
  ['19001C', '腹部超音波', ['Liver: mild fatty change.', 'Gallbladder: no stone.', 'Kidneys:\tR\tnormal\tL\tnormal']],
  ['25004C', '第四級外科病理', ['Specimen: skin, biopsy.', 'Diagnosis: seborrheic keratosis.']],
];

/** Allergens, symptoms and severities. */
export const ALLERGENS = ['Penicillin G', 'Aspirin 錠 １００毫克', 'Ibuprofen 錠 ４００毫克', '磺胺類藥物'];
export const ALLERGY_SYMPTOMS = ['皮疹、搔癢', '蕁麻疹', '呼吸困難', '眼瞼水腫'];
export const SEVERITIES = ['輕度', '中度', '重度'];

/** Vaccines. Some names end with a batch number in full-width parentheses. */
export const VACCINES = [
  '流感疫苗（批號Z0001）',
  'COVID-19疫苗',
  '破傷風減量白喉混合疫苗',
  'B型肝炎疫苗',
  '肺炎鏈球菌疫苗',
];

/** Cancer screenings: category, test name. */
export const SCREENINGS: readonly (readonly [string, string])[] = [
  ['大腸癌篩檢', '定量免疫法糞便潛血檢查'],
  ['乳癌篩檢', '乳房Ｘ光攝影檢查'],
  ['子宮頸癌篩檢', '子宮頸抹片檢查'],
];

/** r10 result codes with their text (code list 3.2 of the format reference). */
export const CHECK_RESULTS: readonly (readonly [string, string])[] = [
  ['1', '正常'],
  ['2', '異常，建議：請洽詢醫師'],
  ['3', '異常，建議：進一步檢查'],
];

/** The declaration text of r0, shortened and marked as synthetic. */
export const DECLARATION =
  '<p>本檔案為 mhbkit 沙盒產生之虛擬資料，僅供測試使用，不含任何真實個人健康資料。</p><p>This file contains synthetic data made by the mhbkit sandbox.</p>';
