import { browser, type Browser } from 'wxt/browser';

/** The user's settings, kept on this device only (`local:`, never `sync:`: nothing leaves the browser). */
export interface Settings {
  /** Show the inline badge next to the headline. */
  inlineBadges: boolean;
  /** Outline the publisher's own notice on the page. */
  highlight: boolean;
  /** Sites (host names) where the extension does nothing at all. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ inlineBadges: true, highlight: true, disabledSites: [] });

/**
 * One object in storage.local under this key. Read and written with the storage API itself: the content
 * script runs on every page and needs only get and onChanged; a storage wrapper would add 3 KB (gzipped) to it.
 */
export const SETTINGS_KEY = 'settings';

/** Whatever is stored, made whole: unknown or mistyped fields fall back to their defaults. */
export function normaliseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    inlineBadges: typeof v.inlineBadges === 'boolean' ? v.inlineBadges : DEFAULT_SETTINGS.inlineBadges,
    highlight: typeof v.highlight === 'boolean' ? v.highlight : DEFAULT_SETTINGS.highlight,
    disabledSites: Array.isArray(v.disabledSites) ? v.disabledSites.filter((s): s is string => typeof s === 'string') : [],
  };
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await getSettings()), ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change; returns the function that stops watching. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(normaliseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
