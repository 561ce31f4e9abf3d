import { type ResolvedGeneratorOptions, SECTION_CODES, type SectionCode, type SectionMode } from './options.js';
import {
  allergies,
  careIntents,
  diabetesTracking,
  hepatitisTracking,
  immunizations,
  kidneyTracking,
} from './other-sections.js';
import type { SectionBuilder } from './record.js';
import { labResults, preventiveChecks, reports, screenings } from './result-sections.js';
import { dentalVisits, inpatientStays, outpatientVisits, tcmVisits } from './visit-sections.js';

/** The mode and size of one section. */
export interface SectionPlan {
  readonly code: SectionCode;
  readonly mode: SectionMode;
  /** Units (visits, panels, enrolments) the builder spreads over time. */
  readonly units: number;
  /** An exact record count, when the caller gave one. */
  readonly limit: number | undefined;
  readonly builder: SectionBuilder;
}

const BUILDERS: Readonly<Record<SectionCode, SectionBuilder>> = {
  r1: outpatientVisits,
  r2: inpatientStays,
  r3: dentalVisits,
  r4: allergies,
  r5: careIntents,
  r6: immunizations,
  r7: labResults,
  r8: reports,
  r9: tcmVisits,
  r10: preventiveChecks,
  r11: screenings,
  r12: diabetesTracking,
  r13: kidneyTracking,
  r14: hepatitisTracking,
};

/** Units per section as a function of the visit count, roughly the mix of a real three-year download. */
function defaultUnits(code: SectionCode, visits: number): number {
  const per = (divisor: number): number => Math.max(1, Math.ceil(visits / divisor));
  switch (code) {
    case 'r1':
      return visits;
    case 'r2':
      return per(40);
    case 'r3':
      return per(8);
    case 'r4':
      return Math.min(3, per(20));
    case 'r5':
      return 1;
    case 'r6':
      return per(10);
    case 'r7':
      return per(3);
    case 'r8':
      return per(10);
    case 'r9':
      return per(6);
    case 'r10':
      return per(100);
    case 'r11':
      return per(100);
    default:
      return per(200);
  }
}

/** Decides mode and size of every section. */
export function planSections(options: ResolvedGeneratorOptions): SectionPlan[] {
  return SECTION_CODES.map((code) => {
    const setting = options.sections[code];
    const builder = BUILDERS[code];
    if (typeof setting === 'number') {
      return { code, mode: setting === 0 ? 'empty' : 'populated', units: setting, limit: setting, builder };
    }
    return { code, mode: setting, units: defaultUnits(code, options.visits), limit: undefined, builder };
  });
}

/** Returns the line ending and the line starts (line ending plus indentation) for each nesting level. */
export function lineLayout(options: ResolvedGeneratorOptions): { newline: string; indents: readonly string[] } {
  const newline = options.quirks.crlf ? '\r\n' : '\n';
  const unit = options.quirks.tabIndent ? '\t' : '  ';
  return { newline, indents: Array.from({ length: 10 }, (_, level) => newline + unit.repeat(level)) };
}
