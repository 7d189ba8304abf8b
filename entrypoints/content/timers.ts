import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Timers that end with the content script, and leave nothing behind when they fire. WXT 0.21's
 * ctx.setTimeout / ctx.requestIdleCallback add an "invalidated" listener per call and never remove
 * it, so a long single-page-app session piles them up. These remove theirs once they run.
 */
/** A pending timer; cancelling it also drops its invalidation listener. */
export interface Timer {
  cancel(): void;
}

export function timeoutFor(ctx: ContentScriptContext, fn: () => void, ms: number): Timer {
  const off = ctx.onInvalidated(() => clearTimeout(id));
  const id = window.setTimeout(() => {
    off();
    fn();
  }, ms);
  return {
    cancel() {
      clearTimeout(id);
      off();
    },
  };
}

export function idleFor(ctx: ContentScriptContext, fn: () => void, timeout: number): void {
  if (typeof requestIdleCallback !== 'function') {
    timeoutFor(ctx, fn, 50);
    return;
  }
  const off = ctx.onInvalidated(() => cancelIdleCallback(id));
  const id = requestIdleCallback(
    () => {
      off();
      fn();
    },
    { timeout },
  );
}
