import { SECTION_CODES, type SectionCode } from '../sections.js';
import type { FieldDefinition, FieldKind, PairDefinition } from './field-kinds.js';
import { SECTION_TABLES } from './section-tables.js';

/** The labels and typed name of one key of the file. */
export interface FieldLabel {
  /** The key as the spec writes it, e.g. `r1.5`. */
  readonly key: string;
  /** The section the key belongs to, or `basic` for `b1.1`, `b1.2` and the `r0` declaration. */
  readonly section: SectionCode | 'basic';
  /** The nested list the key belongs to (`r1_1`), or `null` for a field of the record itself. */
  readonly list: string | null;
  /** The English property name, e.g. `visitDate`. */
  readonly name: string;
  /**
   * The path of the typed value, from the record (or from the parsed file for basic data), e.g. `visitDate`,
   * `orders[].quantity` or `secondaryDiagnoses[].code`.
   */
  readonly path: string;
  /** The label in Traditional Chinese, from the official spec. */
  readonly zh: string;
  /** The label in English. */
  readonly en: string;
  /** The kind of the typed value. */
  readonly kind: FieldKind;
}

/** The labels of a section or nested list. */
export interface SectionLabel {
  /** The code as the spec tables write it, e.g. `r12` or `r1_1`. */
  readonly code: string;
  /** The English property name: `sections.r1` for a section, `orders`, `results` or `visits` for a list. */
  readonly name: string;
  readonly zh: string;
  readonly en: string;
}

const BASIC_LABELS: readonly FieldLabel[] = [
  {
    key: 'b1.1',
    section: 'basic',
    list: null,
    name: 'maskedId',
    path: 'meta.maskedId',
    zh: '身分證號',
    en: 'National ID, masked',
    kind: 'code',
  },
  {
    key: 'b1.2',
    section: 'basic',
    list: null,
    name: 'applicationDate',
    path: 'meta.applicationDate',
    zh: '資料申請日期',
    en: 'Application date',
    kind: 'date',
  },
  {
    key: 'r0',
    section: 'basic',
    list: null,
    name: 'declaration',
    path: 'declaration',
    zh: '聲明書',
    en: 'Download declaration',
    kind: 'text',
  },
];

function fieldLabel(
  section: SectionCode,
  list: string | null,
  listName: string | null,
  field: FieldDefinition,
): FieldLabel {
  const path = listName === null ? field.name : `${listName}[].${field.name}`;
  return { key: field.key, section, list, name: field.name, path, zh: field.zh, en: field.en, kind: field.kind };
}

function pairLabels(
  section: SectionCode,
  pairs: readonly PairDefinition[],
  kind: 'Diagnosis' | 'Procedure',
): FieldLabel[] {
  const listName = kind === 'Diagnosis' ? 'secondaryDiagnoses' : 'secondaryProcedures';
  const zhWord = kind === 'Diagnosis' ? '診斷' : '處置';
  const enWord = kind.toLowerCase();
  return pairs.flatMap((pair) => [
    {
      key: pair.codeKey,
      section,
      list: null,
      name: 'code',
      path: `${listName}[].code`,
      zh: `次${zhWord}碼${pair.position}`,
      en: `Secondary ${enWord} code ${pair.position}`,
      kind: 'code' as const,
    },
    {
      key: pair.nameKey,
      section,
      list: null,
      name: 'name',
      path: `${listName}[].name`,
      zh: `次${zhWord}名稱${pair.position}`,
      en: `Secondary ${enWord} name ${pair.position}`,
      kind: 'text' as const,
    },
  ]);
}

function buildFieldLabels(): Record<string, FieldLabel> {
  const labels: FieldLabel[] = [...BASIC_LABELS];
  for (const code of SECTION_CODES) {
    const table = SECTION_TABLES[code];
    labels.push(...table.fields.map((field) => fieldLabel(code, null, null, field)));
    if (table.pairs !== undefined) {
      labels.push(...pairLabels(code, table.pairs.diagnoses, 'Diagnosis'));
      labels.push(...pairLabels(code, table.pairs.procedures, 'Procedure'));
    }
    const nested = table.nested;
    if (nested !== undefined)
      labels.push(...nested.fields.map((field) => fieldLabel(code, nested.key, nested.name, field)));
  }
  return Object.fromEntries(labels.map((label) => [label.key, label]));
}

/**
 * Labels of every key the official spec defines, plus `b1.1`, `b1.2` and `r0`, in file order.
 *
 * @example
 * ```ts
 * FIELD_LABELS['r1.5']; // { key: 'r1.5', zh: '就醫日期', en: 'Visit date', name: 'visitDate', … }
 * ```
 */
export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = buildFieldLabels();

/** The English property path of every key in {@link FIELD_LABELS}, e.g. `FIELD_NAMES['r1.5'] === 'visitDate'`. */
export const FIELD_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(FIELD_LABELS).map((label) => [label.key, label.path]),
);

function buildSectionLabels(): Record<string, SectionLabel> {
  const labels: SectionLabel[] = [];
  for (const code of SECTION_CODES) {
    const table = SECTION_TABLES[code];
    labels.push({ code, name: `sections.${code}`, zh: table.zh, en: table.en });
    const nested = table.nested;
    if (nested !== undefined) labels.push({ code: nested.key, name: nested.name, zh: nested.zh, en: nested.en });
  }
  return Object.fromEntries(labels.map((label) => [label.code, label]));
}

/** Labels of the fourteen sections and their nested lists (`r1_1`, …), by lower-case code. */
export const SECTION_LABELS: Readonly<Record<string, SectionLabel>> = buildSectionLabels();
