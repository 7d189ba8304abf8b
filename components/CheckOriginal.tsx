import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { OriginalComparison } from '@/utils/analysis/compare-original';
import type { ProvenanceReport } from '@/utils/analysis/types';
import type { CheckInput } from '@/utils/extension/original-check-run';
import { displayHost, httpUrl } from '@/utils/extension/links';
import { type CheckOutcome, CopySignatureError, copySignature, loadCheck, originPattern, saveCheck } from '@/utils/extension/original-check';
import { verdictLabel } from '@/utils/wording';
import { SafeLink } from './SafeLink';

export interface CheckOriginalProps {
  tabId: number;
  /** The copy's address (the tab's page). */
  pageUrl: string;
  /** The copy's report; its republication names the original. */
  report: ProvenanceReport;
  /** Runs the check after the click and the permission; the real one is loaded on demand. */
  run?: typeof runCheck;
}

type State =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'checking' }
  | { kind: 'denied' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; outcome: CheckOutcome; cached: boolean };

/** The heavy half (the core and the Public Suffix List) is loaded only when the user asks. */
async function runCheck(input: CheckInput): Promise<CheckOutcome> {
  const { checkOriginal } = await import('@/utils/extension/original-check-run');
  return checkOriginal(input);
}

/**
 * "Check the original" for a republished copy. Nothing is fetched until the user clicks; the
 * first click for a site asks the browser for permission to read that one site.
 */
export function CheckOriginal({ tabId, pageUrl, report, run = runCheck }: CheckOriginalProps) {
  const originalUrl = httpUrl(report.republication.originalUrl);
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    if (!originalUrl) return;
    let live = true;
    loadCheck(pageUrl, originalUrl).then(
      (outcome) => {
        if (live && outcome) setState((s) => (s.kind === 'idle' ? { kind: 'done', outcome, cached: true } : s));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [pageUrl, originalUrl]);

  if (!originalUrl) return null;
  const pattern = originPattern(originalUrl);
  if (!pattern) return null;
  const host = displayHost(originalUrl);

  const onCheck = () => {
    // Must stay the first call in the click handler: permissions.request needs the user's gesture
    // (Firefox refuses it after an await). Already granted: it resolves true without a prompt.
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ origins: [pattern] });
    } catch (error) {
      asked = Promise.reject(error);
    }
    setState({ kind: 'asking' });
    void (async () => {
      let granted = false;
      try {
        granted = await asked;
      } catch {
        granted = false;
      }
      if (!granted) {
        setState({ kind: 'denied' });
        return;
      }
      setState({ kind: 'checking' });
      try {
        const signature = await copySignature(tabId, pageUrl);
        const outcome = await run({ copyReport: report, copySignature: signature, originalUrl });
        await saveCheck(pageUrl, outcome).catch(() => undefined);
        setState({ kind: 'done', outcome, cached: false });
      } catch (error) {
        const message = error instanceof CopySignatureError ? error.message : 'The check failed. Try again.';
        setState({ kind: 'error', message });
      }
    })();
  };

  const busy = state.kind === 'asking' || state.kind === 'checking';
  const again = state.kind === 'done';
  return (
    <section class="check-original" aria-labelledby="check-original-heading" data-testid="check-original">
      <h3 id="check-original-heading">The original</h3>
      {state.kind === 'idle' && (
        <p class="explain">
          Did this copy keep what the original says? Provenance Lens can read the original on {host} and compare. Nothing is fetched until you
          click; the first time, your browser asks to let it read {host}.
        </p>
      )}
      <button type="button" class="action" data-testid={again ? 'check-again' : 'check-original-button'} disabled={busy} onClick={onCheck}>
        {again ? 'Check again' : 'Check the original'}
      </button>
      <div aria-live="polite">
        {state.kind === 'asking' && <p class="status">Asking your browser for permission to read {host}…</p>}
        {state.kind === 'checking' && (
          <p class="status" data-testid="check-progress">
            Reading the original…
          </p>
        )}
        {state.kind === 'denied' && (
          <p class="status" data-testid="check-denied">
            Permission to read {host} was not given, so nothing was fetched.
          </p>
        )}
        {state.kind === 'error' && (
          <p class="status error" data-testid="check-error">
            {state.message}
          </p>
        )}
        {state.kind === 'done' && <OutcomeView outcome={state.outcome} copy={report} cached={state.cached} />}
      </div>
    </section>
  );
}

const UNREACHABLE: Record<string, string> = {
  network: 'The original could not be reached (the site is down, blocked, or refused the request).',
  offline: 'The original could not be reached: this browser is offline.',
  timeout: 'The original did not answer in time.',
  'not-html': 'The original address does not serve a web page.',
  redirected: 'The original address redirects somewhere that is not a web page.',
};

function unreachableText(outcome: Extract<CheckOutcome, { status: 'unreachable' }>): string {
  if (outcome.reason === 'http') {
    return outcome.httpStatus === 404 || outcome.httpStatus === 410
      ? `The original is gone (HTTP ${outcome.httpStatus}).`
      : `The original could not be read (HTTP ${outcome.httpStatus ?? '?'}).`;
  }
  return UNREACHABLE[outcome.reason] ?? UNREACHABLE.network!;
}

function OutcomeView({ outcome, copy, cached }: { outcome: CheckOutcome; copy: ProvenanceReport; cached: boolean }) {
  const when = `Checked at ${new Date(outcome.checkedAt).toLocaleTimeString()}${cached ? ' (this session)' : ''}.`;
  if (outcome.status === 'unreachable') {
    return (
      <div class="check-result" data-testid="check-unreachable" data-reason={outcome.reason}>
        <p>{unreachableText(outcome)}</p>
        {outcome.archiveUrl && (
          <p>
            <SafeLink href={outcome.archiveUrl} testId="archive-link">
              Archived copies on the Wayback Machine
            </SafeLink>
          </p>
        )}
        <p class="status">{when}</p>
      </div>
    );
  }
  const c = outcome.comparison;
  return (
    <div class="check-result" data-testid="check-result" data-same={String(c.sameArticle)}>
      <p class="same" data-testid="same-article">
        {c.sameArticle ? 'Same article' : 'Not the same article'} (text similarity {c.similarity.toFixed(2)})
      </p>
      {c.warnings.length > 0 && (
        <ul class="warnings original-warnings">
          {c.warnings.map((w) => (
            <li key={w.kind} data-testid="original-warning" data-kind={w.kind}>
              {w.message}
            </li>
          ))}
        </ul>
      )}
      <SideBySide copy={copy} original={c} />
      <p class="status">
        Original: <SafeLink href={outcome.finalUrl} testId="checked-original" />
        {outcome.truncated ? ' (only the start of this long page was read)' : ''}
      </p>
      <p class="status">{when}</p>
    </div>
  );
}

function authors(report: ProvenanceReport): string[] {
  return report.credits.filter((c) => c.role === 'author' || c.role === 'ai-system').map((c) => c.name);
}

/** "2024-01-17T09:12:00Z" → "2024-01-17"; anything else as the page wrote it. */
function shortDate(value: string | null): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value;
}

function SideBySide({ copy, original }: { copy: ProvenanceReport; original: OriginalComparison }) {
  const o = original.original;
  const rows: Array<{ label: string; copy: string[]; original: string[]; testId: string }> = [
    { label: 'Title', copy: [copy.title ?? '—'], original: [o.title ?? '—'], testId: 'cmp-title' },
    { label: 'Byline', copy: orDash(authors(copy)), original: orDash(o.authors), testId: 'cmp-byline' },
    { label: 'Date', copy: [shortDate(copy.publishedTime) ?? '—'], original: [shortDate(o.publishedTime) ?? '—'], testId: 'cmp-date' },
    {
      label: 'AI notice',
      copy: copy.aiDisclosures.length > 0 ? copy.aiDisclosures.map((d) => d.text) : [verdictLabel(copy.verdict === 'not-article' ? 'not-article' : 'no-disclosure')],
      original: o.aiDisclosures.length > 0 ? o.aiDisclosures.map((d) => d.text) : [verdictLabel(o.verdict === 'not-article' ? 'not-article' : 'no-disclosure')],
      testId: 'cmp-ai',
    },
  ];
  return (
    <table class="side-by-side">
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">Field</span>
          </th>
          <th scope="col">This copy</th>
          <th scope="col">The original</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} data-testid={r.testId}>
            <th scope="row">{r.label}</th>
            <td data-side="copy">
              {r.copy.map((t, i) => (
                <div key={`${i}-${t}`}>{t}</div>
              ))}
            </td>
            <td data-side="original">
              {r.original.map((t, i) => (
                <div key={`${i}-${t}`}>{t}</div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function orDash(list: string[]): string[] {
  return list.length > 0 ? list : ['—'];
}
