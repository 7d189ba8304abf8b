import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, type Settings, updateSettings, watchSettings } from '@/utils/extension/settings';
import { siteOf, toggleSite } from '@/utils/extension/sites';

/** Settings: changes are saved at once and open tabs follow them live (content scripts watch storage). */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS, disabledSites: [] });
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    void updateSettings(patch);
  };
  const addSite = (e: Event) => {
    e.preventDefault();
    const site = siteOf(draft);
    if (!site) {
      setError(`"${draft}" is not a web address or host name.`);
      return;
    }
    setError('');
    setDraft('');
    change({ disabledSites: toggleSite(settings.disabledSites, site, true) });
  };

  return (
    <main class="options">
      <h1>Provenance Lens settings</h1>
      <p class="explain">Everything stays on this device. Changes apply to open tabs at once.</p>
      <fieldset>
        <legend>On the page</legend>
        <label>
          <input
            type="checkbox"
            data-testid="opt-inline-badges"
            checked={settings.inlineBadges}
            onChange={(e) => change({ inlineBadges: (e.currentTarget as HTMLInputElement).checked })}
          />
          Show a badge next to the headline when a page discloses AI use or is a copy
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="opt-highlight"
            checked={settings.highlight}
            onChange={(e) => change({ highlight: (e.currentTarget as HTMLInputElement).checked })}
          />
          Outline the publisher's own notice on the page
        </label>
      </fieldset>
      <fieldset>
        <legend>Turned off on these sites</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="explain">None. Use the switch in the toolbar popup, or add a site here.</p>
        ) : (
          <ul class="sites" data-testid="disabled-sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={`Turn Provenance Lens back on for ${site}`}
                  onClick={() => change({ disabledSites: toggleSite(settings.disabledSites, site, false) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add" onSubmit={addSite}>
          <label class="visually-hidden" for="new-site">
            Site to turn off
          </label>
          <input
            id="new-site"
            data-testid="new-site"
            placeholder="example.com"
            value={draft}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </main>
  );
}
