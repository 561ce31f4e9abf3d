import type { ResolvedGeneratorOptions } from './options.js';
import type { GeneratedRecord } from './record.js';
import { sectionRecords } from './record-stream.js';
import { lineLayout, type SectionPlan } from './section-plan.js';
import type { SummaryCollector } from './summary.js';
import { DECLARATION } from './vocabulary.js';

/** Keys whose values are amounts, quantities or measurements, written as bare numbers under that quirk. */
const NUMERIC_KEYS = new Set([
  'r1.12',
  'r1.13',
  'r1_1.3',
  'r1_1.4',
  'r2.14',
  'r2.15',
  'r2_1.6',
  'r3.11',
  'r3.12',
  'r3_1.3',
  'r3_1.6',
  'r9.11',
  'r9.12',
  'r9_1.3',
  'r9_1.4',
  ...[6, 7, 8, 9, 10, 11, 14, 15, 16, 17, 20, 23, 24, 25].map((n) => `r10.${n}`),
]);

/** Sections whose JSON key is upper case in real files. */
const UPPER_CASE_SECTIONS = new Set(['r12', 'r13', 'r14']);

/** A JSON number literal. Anything else (`00198.57`, `""`) stays a string. */
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;
const ESCAPED_CHARACTERS = /["\\\u0000-\u001f]/g;
/** Raw mode escapes only quote and backslash. */
const QUOTE_OR_BACKSLASH = /["\\]/g;

function escapeCharacter(character: string): string {
  return ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Quotes a JSON string. With `raw`, control characters stay unescaped, as in some real files. */
function quote(value: string, raw: boolean): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return `"${value.replace(raw ? QUOTE_OR_BACKSLASH : ESCAPED_CHARACTERS, escapeCharacter)}"`;
}

/** Writes the JSON variant as a sequence of text pieces. */
export function* writeJson(
  plans: readonly SectionPlan[],
  options: ResolvedGeneratorOptions,
  summary: SummaryCollector,
): Generator<string> {
  const { quirks } = options;
  const { newline, indents } = lineLayout(options);
  const rawFields = quirks.rawControlCharacters;
  const isRaw = (field: string): boolean =>
    rawFields === true || (Array.isArray(rawFields) && rawFields.includes(field));

  const value = (key: string, text: string, site: [SectionPlan, number] | undefined): string => {
    if (quirks.bareNumbers && NUMERIC_KEYS.has(key) && JSON_NUMBER.test(text)) {
      summary.noteBareNumber(key);
      return text;
    }
    const raw = isRaw(key);
    if (site !== undefined) summary.noteControlCharacters(site[0].code, site[1], key, text, raw);
    return quote(text, raw);
  };

  const recordText = (item: GeneratedRecord, level: number, site: [SectionPlan, number]): string => {
    let text = `${indents[level]}{`;
    item.fields.forEach(([key, fieldValue], index) => {
      text += `${index === 0 ? '' : ','}${indents[level + 1]}"${key}": ${value(key, fieldValue, site)}`;
    });

    if (item.children !== undefined) {
      const { key, records } = item.children;
      text += `,${indents[level + 1]}"${key}": [`;
      records.forEach((child, index) => {
        text += (index === 0 ? '' : ',') + recordText(child, level + 2, site);
      });
      text += `${records.length === 0 ? '' : indents[level + 1]}]`;
    }
    return `${text}${indents[level]}}`;
  };

  yield `{${indents[1]}"myhealthbank": {${indents[2]}"bdata": {`;
  yield `${indents[3]}"b1.1": ${quote(options.maskedId, false)},${indents[3]}"b1.2": ${quote(options.applicationDate, false)}`;
  if (options.declaration) {
    yield `,${indents[3]}"r0": [${indents[4]}{${indents[5]}"r0": ${quote(DECLARATION, false)}${indents[4]}}${indents[3]}]`;
  }

  for (const plan of plans) {
    const key = UPPER_CASE_SECTIONS.has(plan.code) ? plan.code.toUpperCase() : plan.code;
    let records = 0;
    let nestedRecords = 0;

    if (plan.mode === 'absent') {
      summary.sections.set(plan.code, { code: plan.code, key, status: 'absent', records, nestedRecords });
      continue;
    }
    if (plan.mode === 'empty') {
      yield `,${indents[3]}"${key}": []`;
    } else if (plan.mode === 'noData') {
      yield `,${indents[3]}"${key}": [${indents[4]}{${indents[5]}"${plan.code}": "無資料"${indents[4]}}${indents[3]}]`;
    } else {
      yield `,${indents[3]}"${key}": [`;
      for (const item of sectionRecords(plan, options)) {
        if (records > 0) yield ',';
        yield recordText(item, 4, [plan, records]);
        records += 1;
        nestedRecords += item.children?.records.length ?? 0;
        if (item.pharmacy === true) summary.pharmacyRows += 1;
      }
      yield `${records === 0 ? '' : indents[3]}]`;
    }
    const status = plan.mode === 'populated' && records === 0 ? 'empty' : plan.mode;
    summary.sections.set(plan.code, { code: plan.code, key, status, records, nestedRecords });
  }

  yield `${indents[2]}}${indents[1]}}${newline}}${newline}`;
}
