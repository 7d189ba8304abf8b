interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the page its turn between slices of our analysis, so input and rendering never wait on a
 * long task of ours. scheduler.yield resumes us ahead of other queued work; where a browser lacks it,
 * a message-channel task does the same job (setTimeout would be throttled to a second in background tabs).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
