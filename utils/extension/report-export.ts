import type { ProvenanceReport } from '../analysis/types';
import { httpUrl } from './links';
import { explanation, headline, republicationLine, roleLabel } from '../wording';

/** The report as the user can copy or save it: JSON (the CLI's contract) and Markdown for people. */
export function reportJson(report: ProvenanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Page text is data: escape Markdown so a notice cannot turn into links or headings when pasted. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&').replace(/\s+/g, ' ').trim();
}

export function reportMarkdown(report: ProvenanceReport): string {
  const lines: string[] = [];
  lines.push(`# ${md(report.title ?? 'Untitled page')}`, '');
  const pageUrl = httpUrl(report.url);
  if (pageUrl) lines.push(`Page: <${pageUrl}>`, '');
  lines.push(`**${md(headline(report))}**`, '', md(explanation(report)), '');
  const repub = republicationLine(report);
  if (repub) {
    const original = httpUrl(report.republication.originalUrl);
    lines.push(`${md(repub)}${original ? `: <${original}>` : ''}`, '');
  }
  if (report.credits.length > 0) {
    lines.push('## Credits', '');
    for (const c of report.credits) lines.push(`- ${md(c.name)} — ${md(roleLabel(c))}`);
    lines.push('');
  }
  if (report.aiDisclosures.length > 0) {
    lines.push('## AI notices', '');
    for (const d of report.aiDisclosures) lines.push(`> ${md(d.text)}`, '');
  }
  if (report.warnings.length > 0) {
    lines.push('## Warnings', '');
    for (const w of report.warnings) lines.push(`- ${md(w.message)}`);
    lines.push('');
  }
  lines.push('_Made by Provenance Lens from what the page itself discloses._', '');
  return lines.join('\n');
}

/** A file name for a saved report: the page's host and the format. */
export function exportFileName(report: ProvenanceReport, ext: 'json' | 'md'): string {
  let host = 'page';
  try {
    host = new URL(report.url).hostname.replace(/[^a-z0-9.-]/gi, '') || 'page';
  } catch {
    // keep the default
  }
  return `provenance-${host}.${ext}`;
}
