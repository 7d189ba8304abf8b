import type { AiDisclosure, Credit, ProvenanceReport } from '@/utils/analysis/types';
import { httpUrl } from '@/utils/extension/links';
import { noteLines, verdictHeading } from '@/utils/extension/report-notes';
import { explanation, headline, republicationLine, roleLabel } from '@/utils/wording';
import { SafeLink } from './SafeLink';

export interface ReportViewProps {
  report: ProvenanceReport;
  /** Scroll the page to a notice and flash it. Resolves false when the notice is gone from the page. */
  onShowOnPage?: (disclosure: AiDisclosure) => Promise<boolean>;
}

/**
 * The report for one page: the verdict in plain words and what it means, then the evidence
 * (quoted notices), the credits (people and AI systems apart), the original, and warnings.
 */
export function ReportView({ report, onShowOnPage }: ReportViewProps) {
  const people = report.credits.filter((c) => !c.isAI);
  const systems = report.credits.filter((c) => c.isAI);
  const originals = originalLinks(report);
  const repub = republicationLine(report);
  const notes = noteLines(report);
  return (
    <div class="report">
      <section class={`verdict verdict-${report.verdict}`} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading" data-testid="verdict" data-verdict={report.verdict}>
          {verdictHeading(report, headline(report))}
        </h2>
        <p class="explain">{explanation(report)}</p>
        {notes.map((line) => (
          <p key={line} class="explain check-note" data-testid="check-note">
            {line}
          </p>
        ))}
      </section>

      {repub && (
        <section class="repub" aria-label="Republication">
          <p>{repub}</p>
          {originals.length > 0 && (
            <ul class="links">
              {originals.map((url) => (
                <li key={url}>
                  Original: <SafeLink href={url} testId="original-source" />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {report.aiDisclosures.length > 0 && (
        <section aria-labelledby="notices-heading">
          <h3 id="notices-heading">What the page says</h3>
          {report.aiDisclosures.map((d, i) => (
            <Notice key={`${d.rule}-${i}`} disclosure={d} onShowOnPage={onShowOnPage} />
          ))}
        </section>
      )}

      {people.length + systems.length > 0 && (
        <section aria-labelledby="credits-heading">
          <h3 id="credits-heading">Credits</h3>
          {systems.length > 0 && <CreditGroup title="AI systems" credits={systems} />}
          {people.length > 0 && <CreditGroup title="People" credits={people} />}
        </section>
      )}

      {report.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading">
          <h3 id="warnings-heading">Worth knowing</h3>
          <ul class="warnings">
            {report.warnings.map((w) => (
              <li key={w.kind + w.message} data-testid="warning" data-kind={w.kind}>
                {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Notice({ disclosure, onShowOnPage }: { disclosure: AiDisclosure; onShowOnPage?: ReportViewProps['onShowOnPage'] }) {
  return (
    <figure class="notice" data-testid="disclosure" data-level={disclosure.level}>
      <blockquote>{disclosure.text}</blockquote>
      {disclosure.location && onShowOnPage && (
        <button type="button" class="link-button" onClick={() => void onShowOnPage(disclosure)}>
          Show on page
        </button>
      )}
    </figure>
  );
}

function CreditGroup({ title, credits }: { title: string; credits: Credit[] }) {
  return (
    <div class="credit-group">
      <h4>{title}</h4>
      <ul>
        {credits.map((c) => (
          <li key={`${c.role}-${c.name}`} data-testid="credit" data-role={c.role} data-ai={String(c.isAI)}>
            <span class="name">{c.name}</span> <span class="role">— {roleLabel(c)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The original's address, when the page is a copy and names one (http(s) only). */
export function originalLinks(report: ProvenanceReport): string[] {
  const url = httpUrl(report.republication.originalUrl);
  return report.republication.isRepublished && url ? [url] : [];
}
