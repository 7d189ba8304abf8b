import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProvenanceReport } from '@/utils/analysis/types';
import { httpUrl } from '@/utils/extension/links';
import { noteLines } from '@/utils/extension/report-notes';
import { badgeChips, explanation, headline, republicationLine, roleLabel } from '@/utils/wording';
import { ProductMark } from './ProductMark';
import { SafeLink } from './SafeLink';

export interface InlineBadgeProps {
  report: ProvenanceReport;
  /** Scroll to the publisher's notice and flash it; false when it cannot be found any more. */
  onShowNotice?: (index: number) => boolean;
}

/**
 * The badge by the headline: one chip per finding, a button that opens a small card with the
 * quoted notice, the credits and the original link. Page text is rendered as text only.
 */
export function InlineBadge({ report, onShowNotice }: InlineBadgeProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const chips = badgeChips(report);
  const root = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // Escape closes the card and gives focus back to the badge.
  useEffect(() => {
    const el = root.current;
    if (!el || !open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [open]);
  const original = httpUrl(report.republication.originalUrl);
  const repub = republicationLine(report);
  return (
    <div class="pl-badge" ref={root}>
      <button
        ref={button}
        type="button"
        class="pl-toggle"
        aria-expanded={open}
        aria-controls="pl-card"
        title="Provenance Lens: what this page discloses about how it was made"
        onClick={() => setOpen(!open)}
      >
        <ProductMark />
        {chips.map((chip) => (
          <span key={chip.kind} class={`pl-chip pl-${chip.kind}`} data-kind={chip.kind}>
            {chip.text}
          </span>
        ))}
      </button>
      {open && (
        <section id="pl-card" class="pl-card" aria-label="Provenance details">
          <p class="pl-headline">{headline(report)}</p>
          <p class="pl-explain">{explanation(report)}</p>
          {noteLines(report).map((line) => (
            <p key={line} class="pl-explain pl-note" data-testid="check-note">
              {line}
            </p>
          ))}
          {report.aiDisclosures.map((d, i) => (
            <figure key={`${d.rule}-${i}`} class="pl-notice">
              <blockquote>{d.text}</blockquote>
              {d.location && onShowNotice && (
                <button type="button" class="pl-link" onClick={() => onShowNotice(i)}>
                  Show on page
                </button>
              )}
            </figure>
          ))}
          {report.credits.length > 0 && (
            <ul class="pl-credits" aria-label="Credits">
              {report.credits.map((c) => (
                <li key={`${c.role}-${c.name}`}>
                  {c.name} <span class="pl-role">— {roleLabel(c)}</span>
                </li>
              ))}
            </ul>
          )}
          {repub && (
            <p class="pl-repub">
              {repub}
              {original && (
                <>
                  {': '}
                  <SafeLink href={original} />
                </>
              )}
            </p>
          )}
          <button type="button" class="pl-link" onClick={close}>
            Close
          </button>
        </section>
      )}
    </div>
  );
}
