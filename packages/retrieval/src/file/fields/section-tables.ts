import type { SectionCode } from '../sections.js';
import {
  R1_1_FIELDS,
  R1_FIELDS,
  R2_1_FIELDS,
  R2_FIELDS,
  R3_1_FIELDS,
  R3_FIELDS,
  R9_1_FIELDS,
  R9_FIELDS,
  SECONDARY_PAIRS,
  type SecondaryPairs,
} from './claim-fields.js';
import type { FieldDefinition } from './field-kinds.js';
import { R4_FIELDS, R5_FIELDS, R6_FIELDS, R7_FIELDS, R8_FIELDS } from './report-fields.js';
import { R10_FIELDS, R11_1_FIELDS, R11_FIELDS } from './screening-fields.js';
import { R12_1_FIELDS, R12_FIELDS, R13_1_FIELDS, R13_FIELDS, R14_1_FIELDS, R14_FIELDS } from './tracking-fields.js';

/** The nested list (`_1`) of a section. */
export interface NestedListTable {
  /** The key as the spec writes it, e.g. `r1_1`. */
  readonly key: string;
  /** The English property name in the typed record. */
  readonly name: 'orders' | 'results' | 'visits';
  readonly zh: string;
  readonly en: string;
  readonly fields: readonly FieldDefinition[];
}

/** Everything the reader knows about one section. */
export interface SectionTable {
  readonly code: SectionCode;
  readonly zh: string;
  readonly en: string;
  readonly fields: readonly FieldDefinition[];
  readonly pairs?: SecondaryPairs;
  readonly nested?: NestedListTable;
}

/** Section tables, in file order. */
export const SECTION_TABLES: Readonly<Record<SectionCode, SectionTable>> = {
  r1: {
    code: 'r1',
    zh: '西醫門診資料',
    en: 'Western-medicine outpatient visits',
    fields: R1_FIELDS,
    pairs: SECONDARY_PAIRS.r1,
    nested: { key: 'r1_1', name: 'orders', zh: '西醫門診資料報告細目', en: 'Outpatient orders', fields: R1_1_FIELDS },
  },
  r2: {
    code: 'r2',
    zh: '住院資料',
    en: 'Inpatient stays',
    fields: R2_FIELDS,
    pairs: SECONDARY_PAIRS.r2,
    nested: { key: 'r2_1', name: 'orders', zh: '住院資料報告細目', en: 'Inpatient orders', fields: R2_1_FIELDS },
  },
  r3: {
    code: 'r3',
    zh: '牙醫門診資料',
    en: 'Dental outpatient visits',
    fields: R3_FIELDS,
    pairs: SECONDARY_PAIRS.r3,
    nested: { key: 'r3_1', name: 'orders', zh: '牙醫門診資料報告細目', en: 'Dental orders', fields: R3_1_FIELDS },
  },
  r4: { code: 'r4', zh: '過敏資料', en: 'Drug allergies', fields: R4_FIELDS },
  r5: {
    code: 'r5',
    zh: '器捐或安寧緩和醫療意願',
    en: 'Organ-donation or hospice-care intent',
    fields: R5_FIELDS,
  },
  r6: { code: 'r6', zh: '預防接種資料', en: 'Immunizations', fields: R6_FIELDS },
  r7: { code: 'r7', zh: '檢驗檢查結果', en: 'Lab and exam results', fields: R7_FIELDS },
  r8: { code: 'r8', zh: '影像或病理檢查資料', en: 'Imaging and pathology reports', fields: R8_FIELDS },
  r9: {
    code: 'r9',
    zh: '中醫門診資料',
    en: 'Traditional Chinese medicine outpatient visits',
    fields: R9_FIELDS,
    pairs: SECONDARY_PAIRS.r9,
    nested: { key: 'r9_1', name: 'orders', zh: '中醫門診資料報告細目', en: 'TCM orders', fields: R9_1_FIELDS },
  },
  r10: { code: 'r10', zh: '成人預防保健結果', en: 'Adult preventive health check', fields: R10_FIELDS },
  r11: {
    code: 'r11',
    zh: '癌症篩檢結果資料',
    en: 'Cancer screening',
    fields: R11_FIELDS,
    nested: {
      key: 'r11_1',
      name: 'results',
      zh: '癌症篩檢結果報告細目',
      en: 'Screening results',
      fields: R11_1_FIELDS,
    },
  },
  r12: {
    code: 'r12',
    zh: '糖尿病追蹤資料',
    en: 'Diabetes care-program tracking',
    fields: R12_FIELDS,
    nested: {
      key: 'r12_1',
      name: 'visits',
      zh: '糖尿病追蹤資料細目',
      en: 'Diabetes tracking visits',
      fields: R12_1_FIELDS,
    },
  },
  r13: {
    code: 'r13',
    zh: '初期慢性腎病追蹤資料',
    en: 'Early chronic kidney disease tracking',
    fields: R13_FIELDS,
    nested: {
      key: 'r13_1',
      name: 'visits',
      zh: '初期慢性腎病追蹤資料細目',
      en: 'Kidney disease tracking visits',
      fields: R13_1_FIELDS,
    },
  },
  r14: {
    code: 'r14',
    zh: 'BC 肝炎追蹤資料',
    en: 'Hepatitis B/C tracking',
    fields: R14_FIELDS,
    nested: {
      key: 'r14_1',
      name: 'visits',
      zh: 'BC 肝炎追蹤資料細目',
      en: 'Hepatitis tracking visits',
      fields: R14_1_FIELDS,
    },
  },
};
