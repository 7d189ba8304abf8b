import type { ProvenanceReport } from '../analysis/types';

/**
 * What the reader must know about the check itself: a part that failed, or a page too large (or
 * too slow) to read whole. Shown in the popup and the badge card, so a partial check never reads
 * as a confident "No AI disclosure found".
 */

/** The core's message for a detector cut short or skipped by the time budget (utils/analysis/page.ts BUDGET_MESSAGE). */
export const BUDGET_MESSAGE = 'time budget exceeded';

/** Detector ids (utils/analysis/detectors) in reader's words. Unknown ids are shown as they are. */
const PART_NAMES: Record<string, string> = {
  'ai-bylines': 'AI bylines',
  'ai-notices': 'AI notices',
  'ai-structured-signals': 'machine-readable AI labels',
  'chatbot-leftovers': 'chatbot leftovers',
  'credit-lines': 'credit lines',
  'credits-byline': 'the byline',
  'credits-structured': 'credits in the page markup',
  'phrase-rules': 'AI notice and republication wordings',
  'republication-lines': 'republication notes',
  'republication-links': 'links to the original',
  assemble: 'the summary of findings',
  analyze: 'the whole check',
};

export function partName(detector: string): string {
  return Object.hasOwn(PART_NAMES, detector) ? (PART_NAMES[detector] as string) : detector;
}

export interface ReportNotes {
  /** Reader's names of the parts that threw, without duplicates, in report order. */
  failedParts: string[];
  /** The page was too large or too slow to read whole. */
  incomplete: boolean;
}

export function reportNotes(report: ProvenanceReport): ReportNotes {
  const errors = Array.isArray(report.errors) ? report.errors : [];
  const failed = new Set<string>();
  let cutShort = report.incomplete === true;
  for (const e of errors) {
    if (typeof e?.detector !== 'string') continue;
    if (e.message === BUDGET_MESSAGE) cutShort = true;
    else failed.add(partName(e.detector));
  }
  return { failedParts: [...failed], incomplete: cutShort };
}

/** The notes as sentences; empty when the check ran whole. */
export function noteLines(report: ProvenanceReport): string[] {
  const { failedParts, incomplete } = reportNotes(report);
  const lines: string[] = [];
  if (failedParts.length > 0) lines.push(`Part of the check failed: ${failedParts.join(', ')}. The rest of the report stands.`);
  if (incomplete) lines.push('The page was too large to check completely, so something may have been missed.');
  return lines;
}

/** True when "nothing found" must not be said with confidence. */
export function isPartial(report: ProvenanceReport): boolean {
  const { failedParts, incomplete } = reportNotes(report);
  return failedParts.length > 0 || incomplete;
}

/** The verdict heading, hedged when the check was partial and found nothing. */
export function verdictHeading(report: ProvenanceReport, confident: string): string {
  if (report.verdict === 'no-disclosure' && isPartial(report)) return 'No AI disclosure found in the part we could check';
  return confident;
}
