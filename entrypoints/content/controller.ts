import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { idleFor, type Timer, timeoutFor } from './timers';
import { mountInlineBadge } from '@/components/inline-badge';
import INLINE_BADGE_CSS from '@/components/inline-badge.css?inline';
import type { ProvenanceReport } from '@/utils/analysis/types';
import { signature } from '@/utils/analysis/similarity';
import { mainText } from '@/utils/extension/main-text';
import {
  type ContentToBackground,
  isFromOwnExtension,
  type PingReply,
  parsePageToContent,
  parseSignatureRequest,
  type SignatureReply,
} from '@/utils/extension/messages';
import { DEFAULT_SETTINGS, getSettings, type Settings, watchSettings } from '@/utils/extension/settings';
import type { SiteGuesses } from '@/utils/extension/site-lookup';
import { canAnalyse, isSiteDisabled } from '@/utils/extension/sites';
import { badgeAriaLabel, badgeChips } from '@/utils/wording';
import { analysePage } from './analysis';
import { type BadgeHost, createBadgeHost } from './badge-host';
import { findAnchor } from './anchor';
import { BADGE_GATE_CSS, clearLeftoverMarks, PageMarks } from './page-marks';

export const BADGE_TAG = 'provenance-lens-badge';

/** Wait this long after the last DOM change before looking at the queued changes. */
const MUTATION_DEBOUNCE_MS = 600;
/** …but never longer than this after the first queued change. */
const MUTATION_MAX_WAIT_MS = 2500;
/** Records kept per batch; past this we only know "a lot changed". */
const MAX_QUEUED_RECORDS = 500;
/** Text that must arrive before a late article is worth a new analysis. */
const LATE_TEXT_MIN_CHARS = 400;
/** New analyses per page address for late-arriving content. */
const MAX_LATE_RUNS = 3;
/** Re-insertions of our badge per page address when the page removes it. */
const MAX_REMOUNTS = 5;
/** A single-page app renders after it changes the address: give it this long. */
const SPA_SETTLE_MS = 700;
/** How often a quiet page checks that the extension is still there (updated, reloaded, disabled). */
const INVALIDATION_CHECK_MS = 1000;
/** Longest wait for an idle moment before analysing anyway. */
const IDLE_TIMEOUT_MS = 3000;

/** Runs a cleanup step whose API may be gone with the extension; never throws into the page. */
function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // The extension context is gone: there is nothing left to clean up.
  }
}

/** Firefox and Chrome word it differently; both mean the extension was reloaded, updated or disabled. */
function isContextGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated|extension context|Receiving end does not exist|can't access dead object/i.test(message);
}

/** True for pages we can read: http(s) HTML documents (not PDFs, images or XML shown by the browser). */
export function isAnalysablePage(doc: Document, url: string): boolean {
  const type = doc.contentType || 'text/html';
  return canAnalyse(url) && (type === 'text/html' || type === 'application/xhtml+xml');
}

export function startContent(ctx: ContentScriptContext): void {
  if (!isAnalysablePage(document, location.href)) return;
  new ContentController(ctx).start();
}

class ContentController {
  private settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
  private report: ProvenanceReport | null = null;
  private marks: PageMarks | null = null;
  private ui: BadgeHost | null = null;
  /** Takes the badge down: its listeners and its elements. */
  private unmountBadge: (() => void) | null = null;
  /** Bumped on every (re)analysis and teardown, so a report from an older analysis is dropped. */
  private generation = 0;
  private lateRuns = 0;
  private remounts = 0;
  private queue: MutationRecord[] = [];
  private overflow = false;
  private flushTimer: Timer | undefined;
  private firstQueuedAt = 0;
  private spaTimer: Timer | undefined;
  private observer: MutationObserver | null = null;
  /** Watches our own badge (host attributes, shadow content) for tampering by the page. */
  private uiObserver: MutationObserver | null = null;
  /** The badge as we drew it: host attributes, shadow styles and chip text. */
  private uiSnapshot = '';

  constructor(private readonly ctx: ContentScriptContext) {}

  start(): void {
    this.removeLeftovers();
    this.ctx.onInvalidated(() => this.teardown());
    this.guard(() => {
      const onMessage = (msg: unknown, sender: Browser.runtime.MessageSender) => this.onMessage(msg, sender);
      browser.runtime.onMessage.addListener(onMessage);
      // Once the extension is gone, its APIs throw ("Extension context invalidated"): clean up quietly.
      this.ctx.onInvalidated(() => quietly(() => browser.runtime.onMessage.removeListener(onMessage)));
      const unwatch = watchSettings((s) => this.guard(() => this.onSettings(s)));
      this.ctx.onInvalidated(() => quietly(unwatch));
      // With the Navigation API WXT stops polling, so nothing would notice an update or a disable on a
      // quiet page: look once a second (ctx.setInterval checks ctx.isValid), and the badge goes at once.
      this.ctx.setInterval(() => undefined, INVALIDATION_CHECK_MS);
      this.ctx.addEventListener(window, 'wxt:locationchange', (event) => this.guard(() => this.onLocationChange(event.newUrl.href)));
    });
    getSettings().then(
      (s) => {
        this.settings = s;
        this.whenIdle(() => this.analyse());
      },
      (error) => this.fail(error),
    );
  }

  /** Runs `fn`; whatever it throws stays here. The page never sees our errors or console lines. */
  private guard(fn: () => void): void {
    if (this.ctx.isInvalid) return;
    try {
      fn();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (isContextGone(error)) {
      this.ctx.abort();
      return;
    }
    this.send({ type: 'content:failed', url: location.href, message: error instanceof Error ? error.message : String(error) });
  }

  private send(msg: ContentToBackground): void {
    this.ask(msg).catch(() => undefined);
  }

  /** Sends a message and resolves to the background's answer; once the extension is gone, stops this script. */
  private ask(msg: ContentToBackground): Promise<unknown> {
    if (this.ctx.isInvalid) return Promise.resolve(undefined);
    const gone = (error: unknown) => {
      if (isContextGone(error)) this.ctx.abort();
      throw error;
    };
    try {
      return browser.runtime.sendMessage(msg).catch(gone);
    } catch (error) {
      // Chrome throws synchronously once the extension is gone.
      return Promise.reject(error).catch(gone);
    }
  }

  /** After the page has loaded and the browser is idle: our work never delays the page. */
  private whenIdle(fn: () => void): void {
    const idle = () => {
      idleFor(this.ctx, () => this.guard(fn), IDLE_TIMEOUT_MS);
    };
    if (document.readyState === 'complete') idle();
    else this.ctx.addEventListener(window, 'load', idle, { once: true });
  }

  private get disabled(): boolean {
    return isSiteDisabled(location.href, this.settings.disabledSites);
  }

  private analyse(): void {
    this.removeUi();
    if (this.disabled) {
      this.report = null;
      this.stopObserving();
      this.send({ type: 'content:disabled', url: location.href });
      return;
    }
    const url = location.href;
    const generation = this.generation;
    // A navigation, a settings change or a newer analysis came first: this report is stale.
    const stale = () => generation !== this.generation || url !== location.href;
    const deliver = (report: ProvenanceReport, guesses: SiteGuesses) =>
      stale() ? Promise.resolve(undefined) : this.ask({ type: 'content:report', url, report, guesses });
    analysePage(document, url, { deliver }).then(
      (report) =>
        this.guard(() => {
          if (stale()) return;
          this.report = report;
          this.marks = new PageMarks(document, report);
          this.showUi();
          this.observe();
        }),
      (error) => this.fail(error),
    );
  }

  // ---- the inline badge and the notice highlight ----

  private wantsBadge(): boolean {
    return !!this.report && this.settings.inlineBadges && badgeChips(this.report).length > 0;
  }

  private showUi(): void {
    const report = this.report;
    const marks = this.marks;
    if (!report || !marks) return;
    if (this.settings.highlight && badgeChips(report).length > 0) marks.highlight();
    if (!this.wantsBadge()) return;
    const noticeEls = report.aiDisclosures.flatMap((_, i) => marks.noticeElements(i));
    const anchor = findAnchor(document, report, noticeEls);
    if (!anchor) return;
    // Idempotent: whatever is left from an earlier run (or an older copy of this script) goes first.
    for (const old of document.querySelectorAll(BADGE_TAG)) old.remove();
    try {
      const ui = createBadgeHost(document, BADGE_TAG, INLINE_BADGE_CSS + BADGE_GATE_CSS);
      this.dressHost(ui.host, report);
      if (anchor.append === 'after') anchor.el.after(ui.host);
      else anchor.el.before(ui.host);
      this.unmountBadge = mountInlineBadge(ui.container, report, (i) => marks.showNotice(i));
      this.ui = ui;
      this.watchUi(ui);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * After an update Firefox runs the new version in tabs whose old script it ended silently: the old
   * badge and notice marks are still in the DOM (shown again by the new stylesheet) and go first.
   */
  private removeLeftovers(): void {
    for (const old of document.querySelectorAll(BADGE_TAG)) old.remove();
    clearLeftoverMarks(document);
  }

  private dressHost(host: HTMLElement, report: ProvenanceReport): void {
    host.setAttribute('data-testid', 'provenance-badge');
    host.setAttribute('role', 'note');
    host.setAttribute('aria-label', badgeAriaLabel(report));
    host.setAttribute('data-verdict', report.verdict);
  }

  private watchUi(ui: BadgeHost): void {
    this.uiObserver?.disconnect();
    this.uiSnapshot = uiSnapshot(ui);
    this.uiObserver = new MutationObserver(() => this.scheduleFlush());
    this.uiObserver.observe(ui.host, { attributes: true });
    this.uiObserver.observe(ui.shadow, { attributes: true, childList: true, subtree: true, characterData: true });
  }

  private removeUi(): void {
    this.generation++;
    this.uiObserver?.disconnect();
    this.uiObserver = null;
    const ui = this.ui;
    this.ui = null;
    if (ui) {
      const unmount = this.unmountBadge;
      this.unmountBadge = null;
      if (unmount) quietly(unmount);
      ui.host.remove();
    }
    this.marks?.unhighlight();
  }

  private teardown(): void {
    this.removeUi();
    this.stopObserving();
    this.marks = null;
  }

  // ---- late articles and a page that removes our badge ----

  private observe(): void {
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((records) => {
      // Only queue here: the work happens later, off the page's own mutation path.
      if (this.queue.length + records.length > MAX_QUEUED_RECORDS) this.overflow = true;
      else this.queue.push(...records);
      this.scheduleFlush();
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.queue = [];
    this.overflow = false;
    this.flushTimer?.cancel();
    this.flushTimer = undefined;
  }

  private scheduleFlush(): void {
    const now = Date.now();
    if (this.flushTimer === undefined) this.firstQueuedAt = now;
    else this.flushTimer.cancel();
    const wait = Math.max(0, Math.min(MUTATION_DEBOUNCE_MS, this.firstQueuedAt + MUTATION_MAX_WAIT_MS - now));
    this.flushTimer = timeoutFor(
      this.ctx,
      () => {
        this.flushTimer = undefined;
        this.guard(() => this.flush());
      },
      wait,
    );
  }

  private flush(): void {
    const records = this.queue;
    const overflow = this.overflow;
    this.queue = [];
    this.overflow = false;
    const report = this.report;
    if (!report || this.disabled) return;
    // The page removed our badge or changed it (host attributes, shadow styles or text): draw a new
    // one from our own report, a bounded number of times.
    const ui = this.ui;
    if (this.wantsBadge() && ui && (!ui.host.isConnected || uiSnapshot(ui) !== this.uiSnapshot)) {
      if (this.remounts < MAX_REMOUNTS) {
        this.remounts++;
        this.removeUi();
        this.showUi();
      }
      return;
    }
    const unsure = report.verdict === 'not-article' || report.verdict === 'no-disclosure';
    if (unsure && this.lateRuns < MAX_LATE_RUNS && (overflow || addedTextLength(records) >= LATE_TEXT_MIN_CHARS)) {
      this.lateRuns++;
      this.whenIdle(() => this.analyse());
    }
  }

  // ---- navigation, settings, messages ----

  private onLocationChange(newUrl: string): void {
    this.removeUi();
    this.report = null;
    this.lateRuns = 0;
    this.remounts = 0;
    if (!canAnalyse(newUrl)) return;
    if (!isSiteDisabled(newUrl, this.settings.disabledSites)) this.send({ type: 'content:analysing', url: newUrl });
    this.spaTimer?.cancel();
    this.spaTimer = timeoutFor(this.ctx, () => this.whenIdle(() => this.analyse()), SPA_SETTLE_MS);
  }

  private onSettings(next: Settings): void {
    const wasDisabled = this.disabled;
    this.settings = next;
    if (this.disabled !== wasDisabled || !this.report) {
      this.analyse();
      return;
    }
    this.removeUi();
    this.showUi();
  }

  private onMessage(msg: unknown, sender: Browser.runtime.MessageSender): Promise<boolean | PingReply | SignatureReply> | undefined {
    if (!isFromOwnExtension(sender)) return undefined;
    const parsed = parsePageToContent(msg);
    if (parsed?.type === 'page:ping') return Promise.resolve({ url: location.href });
    // "Check the original": the MinHash signature of the live page's main text, computed only when asked.
    if (parseSignatureRequest(msg)) return Promise.resolve({ url: location.href, signature: signature(mainText(document)) });
    if (!parsed || !this.marks) return undefined;
    try {
      return Promise.resolve(this.marks.showPaths(parsed.paths));
    } catch {
      return Promise.resolve(false);
    }
  }
}

/**
 * What the page could tamper with: the host's attributes, the styles in its shadow root and the
 * chips' text. Opening the card changes none of these.
 */
function uiSnapshot(ui: BadgeHost): string {
  const attrs = [...ui.host.attributes].map((a) => `${a.name}=${a.value}`).sort();
  const styles = [...ui.shadow.querySelectorAll('style')].map((el) => el.textContent ?? '');
  const chips = ui.shadow.querySelector('.pl-toggle')?.textContent ?? '';
  return JSON.stringify([attrs, styles, chips]);
}

function addedTextLength(records: MutationRecord[]): number {
  let total = 0;
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element && node.localName === BADGE_TAG) continue;
      total += node.textContent?.length ?? 0;
      if (total >= LATE_TEXT_MIN_CHARS) return total;
    }
  }
  return total;
}
