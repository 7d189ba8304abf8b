import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { dropRuleExamples } from './scripts/drop-rule-examples';

/** "Check the original" may ask to read any one http(s) site, the original's, when the user clicks. */
const ORIGINAL_HOSTS = ['http://*/*', 'https://*/*'];
/** The e2e suites' original site (tests/e2e/check-original-server.mjs). */
const E2E_ORIGINAL_HOSTS = ['http://127.0.0.2/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, mode }) => ({
    name: 'Provenance Lens',
    description:
      'Shows who, or what, produced the article you are reading and where it first appeared, from what the page itself discloses.',
    // storage: settings (storage.local) and each tab's report (storage.session). Page access comes from the
    // content script's http(s) matches; nothing else is granted at install (see README, "Privacy").
    permissions: ['storage', ...(mode === 'e2e' && browser === 'firefox' ? E2E_ORIGINAL_HOSTS : [])],
    // "Check the original" asks for one site at a time, at the user's click (README, "Check the original").
    ...(browser === 'firefox' ? { optional_permissions: ORIGINAL_HOSTS } : { optional_host_permissions: ORIGINAL_HOSTS }),
    // e2e builds only: a headless browser cannot answer the permission prompt, so they hold the test's
    // "original site" (127.0.0.2, any port) up front. Production builds ask at the click.
    ...(mode === 'e2e' && browser !== 'firefox' ? { host_permissions: E2E_ORIGINAL_HOSTS } : {}),
    action: { default_title: 'Provenance Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'provenance-lens@provenance-lens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Rule examples are test data: the built extension drops them (see scripts/drop-rule-examples.ts).
  // Terser, not esbuild, minifies: the content script loads on every page and comes out 1.4 KB smaller gzipped;
  // ES2020 output (every browser we support runs it) and three compress passes take 0.7 KB more.
  vite: () => ({ plugins: [preact(), dropRuleExamples()], build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 } } } }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: ['tests/**', 'docs/**', 'web-ext-artifacts/**', '*.log'],
  },
});
