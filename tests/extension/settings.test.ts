import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, SETTINGS_KEY, type Settings, updateSettings, watchSettings } from '@/utils/extension/settings';

describe('settings in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the defaults until the user changes one', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep a change, whole and normalised, under one key', async () => {
    await updateSettings({ highlight: false });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, highlight: false });
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, highlight: false } });
  });

  it('read a stored value written by hand (or by an older version) as settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { inlineBadges: false, disabledSites: ['a.example', 7] } });
    expect(await getSettings()).toEqual({ inlineBadges: false, highlight: true, disabledSites: ['a.example'] });
  });

  it('tell every watcher about a change until it stops watching, and ignore other keys', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await updateSettings({ disabledSites: ['b.example'] });
    stop();
    await updateSettings({ inlineBadges: false });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, disabledSites: ['b.example'] }]);
  });
});
