import type { SectionCode } from './sections.js';

// Section-specific steps that run after the generic field reading. Each works on the record under construction.

/** Properties the steps below add to records, by section, so that record templates can hold them from the start. */
export const RECORD_RULE_KEYS: Partial<Record<SectionCode, readonly string[]>> = {
  r1: ['kind', 'eventDate'],
  r6: ['lotNumber'],
  r7: ['eventDate'],
  r8: ['eventDate'],
};

/** Properties the steps below add to list items, by list key. */
export const LIST_RULE_KEYS: Readonly<Record<string, readonly string[]>> = { r14_1: ['ambiguousLayout'] };

/** The text the file writes in r1.7 on pharmacy-dispensing rows instead of a visit sequence number. */
const PHARMACY_SEQUENCE = 'XXXX';

/**
 * A lot number in full-width parentheses at the end of r6.3, e.g. `流感疫苗（AB1234）`. It must contain an ASCII
 * letter or digit, so that a descriptive suffix such as `（四價）` stays part of the name.
 */
const VACCINE_LOT = /^(.+?)\s*（([^（）]*[0-9A-Za-z][^（）]*)）\s*$/;

function finishOutpatient(out: Record<string, unknown>): void {
  const visitDate = out.visitDate as string | null;
  const dispensingDate = out.dispensingDate as string | null;

  // Pharmacy rows leave r1.5 empty, put the dispensing date in r1.6 and write XXXX in r1.7.
  const pharmacy = visitDate === null && (dispensingDate !== null || out.cardSequenceNumber === PHARMACY_SEQUENCE);
  out.kind = pharmacy ? 'pharmacy-dispensing' : 'visit';
  out.eventDate = visitDate ?? dispensingDate;
}

function finishImmunization(out: Record<string, unknown>): void {
  out.lotNumber = null;
  const name = out.vaccineName;
  if (typeof name !== 'string') return;

  const match = VACCINE_LOT.exec(name);
  if (match === null) return;
  out.vaccineName = match[1];
  out.lotNumber = match[2]!.trim();
}

/** Applies the steps of section `code` to a record whose fields have been read. */
export function finishRecord(code: SectionCode, out: Record<string, unknown>): Record<string, unknown> {
  switch (code) {
    case 'r1':
      finishOutpatient(out);
      break;
    case 'r6':
      finishImmunization(out);
      break;
    case 'r7':
      out.eventDate = out.testDate ?? out.visitDate;
      break;
    case 'r8':
      out.eventDate = out.examDate ?? out.visitDate;
      break;
    default:
      break;
  }
  return out;
}

/** Applies the steps of list `listKey` (`r14_1`, …) to a list item whose fields have been read. */
export function finishListItem(listKey: string, out: Record<string, unknown>): Record<string, unknown> {
  if (listKey === 'r14_1') {
    out.ambiguousLayout =
      out.unconfirmed6 !== null || out.unconfirmed7 !== null || out.unconfirmed8 !== null || out.unconfirmed9 !== null;
  }
  return out;
}
