import type { ResolvedGeneratorOptions } from './options.js';
import { deriveRandom } from './random.js';
import { drawFacilities, type GeneratedRecord } from './record.js';
import type { SectionPlan } from './section-plan.js';

/**
 * Yields the records of one planned section. Each section draws from its own random stream, so its content does
 * not depend on the other sections' settings.
 */
export function* sectionRecords(plan: SectionPlan, options: ResolvedGeneratorOptions): Generator<GeneratedRecord> {
  const context = {
    random: deriveRandom(options.seed, plan.code),
    format: options.format,
    applicationDate: options.applicationDate,
    units: plan.units,
    facilities: drawFacilities(deriveRandom(options.seed, 'facilities')),
  };

  let written = 0;
  for (const record of plan.builder(context)) {
    if (plan.limit !== undefined && written >= plan.limit) return;
    written += 1;
    yield record;
  }
}

/**
 * Yields r1 as the XML variant orders it: pharmacy dispensing rows first, then the visits. The records are built
 * twice from the same seed, which keeps memory flat for large files.
 */
export function* pharmacyFirst(plan: SectionPlan, options: ResolvedGeneratorOptions): Generator<GeneratedRecord> {
  for (const record of sectionRecords(plan, options)) {
    if (record.pharmacy === true) yield record;
  }
  for (const record of sectionRecords(plan, options)) {
    if (record.pharmacy !== true) yield record;
  }
}
