import type { ProvenanceReport } from '../utils/analysis/types';
import { explanation, headline, republicationLine } from '../utils/wording';

/** The CLI's readable report: the verdict in words, then the evidence. */
export function formatReport(input: string, report: ProvenanceReport): string {
  const lines: string[] = [];
  lines.push(`${input}`);
  if (report.title) lines.push(`  ${report.title}${report.siteName ? ` — ${report.siteName}` : ''}`);
  lines.push('');
  lines.push(`  ${headline(report)}`);
  lines.push(`  ${explanation(report)}`);
  const repub = republicationLine(report);
  if (repub) lines.push(`  ${repub}${report.republication.originalUrl ? `: ${report.republication.originalUrl}` : ''}`);
  if (report.credits.length > 0) {
    lines.push('', '  Credits');
    for (const c of report.credits) lines.push(`    ${c.name} — ${c.role}${c.isAI ? ' (AI system)' : ''} [${c.sources.join(', ')}]`);
  }
  if (report.aiDisclosures.length > 0) {
    lines.push('', '  AI notices');
    for (const d of report.aiDisclosures) {
      const facts = [d.level, d.scope, d.system, d.model, d.reviewedBy && `reviewed by ${d.reviewedBy}`].filter(Boolean).join(', ');
      lines.push(`    “${d.text}”`, `      ${facts}`);
    }
  }
  if (report.aiLeftovers.length > 0) {
    lines.push('', '  Chatbot text left in the article');
    for (const l of report.aiLeftovers) lines.push(`    “${l.text}”`);
  }
  if (report.republication.signals.length > 0) {
    lines.push('', '  Republication signals');
    for (const s of report.republication.signals) lines.push(`    ${s.kind}: ${s.text}${s.url ? ` → ${s.url}` : ''}`);
  }
  if (report.warnings.length > 0) {
    lines.push('', '  Warnings');
    for (const w of report.warnings) lines.push(`    ! ${w.message}`);
  }
  if (report.errors.length > 0) {
    lines.push('', '  Parts that failed');
    for (const e of report.errors) lines.push(`    ${e.detector}: ${e.message}`);
  }
  lines.push('', `  (${report.timings.totalMs} ms)`);
  return lines.join('\n');
}
