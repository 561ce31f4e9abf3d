import type { ResolvedGeneratorOptions, SectionCode } from './options.js';
import type { GeneratedRecord } from './record.js';
import { pharmacyFirst, sectionRecords } from './record-stream.js';
import { lineLayout, type SectionPlan } from './section-plan.js';
import type { SummaryCollector } from './summary.js';
import { DECLARATION } from './vocabulary.js';

/** Sections that real XML files of 2026 lack, although the XML spec lists them. */
const SECTIONS_MISSING_FROM_REAL_XML = new Set<SectionCode>(['r9', 'r10', 'r11', 'r12', 'r13', 'r14']);

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (character) => ENTITIES[character]!);
}

/**
 * Writes the XML variant: no attributes, no CDATA, one element per record without a wrapper, empty fields as
 * empty elements, a no-data section as a text-only element and r1 pharmacy rows first.
 */
export function* writeXml(
  plans: readonly SectionPlan[],
  options: ResolvedGeneratorOptions,
  summary: SummaryCollector,
): Generator<string> {
  const { newline, indents } = lineLayout(options);

  const recordText = (tag: string, item: GeneratedRecord, level: number, site: [SectionCode, number]): string => {
    let text = `${indents[level]}<${tag}>`;
    for (const [key, value] of item.fields) {
      summary.noteControlCharacters(site[0], site[1], key, value, false);
      text += `${indents[level + 1]}<${key}>${escapeText(value)}</${key}>`;
    }
    for (const child of item.children?.records ?? []) {
      text += recordText(item.children!.key, child, level + 1, site);
    }
    return `${text}${indents[level]}</${tag}>`;
  };

  yield `<?xml version="1.0" encoding="utf-8"?>${newline}<myhealthbank>${indents[1]}<bdata>`;
  yield `${indents[2]}<b1.1>${escapeText(options.maskedId)}</b1.1>${indents[2]}<b1.2>${options.applicationDate}</b1.2>`;
  if (options.declaration) yield `${indents[2]}<r0>${escapeText(DECLARATION)}</r0>`;

  for (const plan of plans) {
    const key = plan.code;
    const left = plan.mode === 'absent' || plan.mode === 'empty';
    const dropped = SECTIONS_MISSING_FROM_REAL_XML.has(plan.code) && !options.xmlIncludeR9ToR14;
    let records = 0;
    let nestedRecords = 0;

    if (left || dropped) {
      summary.sections.set(key, { code: key, key, status: 'absent', records, nestedRecords });
      continue;
    }
    if (plan.mode === 'noData') {
      yield `${indents[2]}<${key}>無資料</${key}>`;
      summary.sections.set(key, { code: key, key, status: 'noData', records, nestedRecords });
      continue;
    }

    const items = plan.code === 'r1' ? pharmacyFirst(plan, options) : sectionRecords(plan, options);
    for (const item of items) {
      yield recordText(key, item, 2, [key, records]);
      records += 1;
      nestedRecords += item.children?.records.length ?? 0;
      if (item.pharmacy === true) summary.pharmacyRows += 1;
    }
    summary.sections.set(key, {
      code: key,
      key,
      status: records === 0 ? 'absent' : 'populated',
      records,
      nestedRecords,
    });
  }

  yield `${indents[1]}</bdata>${newline}</myhealthbank>${newline}`;
}
