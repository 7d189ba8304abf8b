import { storage, type WxtStorageItem } from 'wxt/utils/storage';

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

export const SETTINGS_VERSION = 1;

let item: WxtStorageItem<Settings, Record<string, unknown>> | undefined;

/** Defined on first use, so importing this module runs nothing (WXT imports entrypoints at build time). */
export function settingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  item ??= storage.defineItem<Settings>('local:settings', {
    fallback: { ...DEFAULT_SETTINGS, disabledSites: [] },
    version: SETTINGS_VERSION,
  });
  return item;
}

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
  return normaliseSettings(await settingsItem().getValue());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...change };
  await settingsItem().setValue(next);
  return next;
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => cb(normaliseSettings(value)));
}
