import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Provenance Lens',
    description:
      'Shows who, or what, produced the article you are reading and where it first appeared, from what the page itself discloses.',
    // storage: settings (storage.local) and each tab's report (storage.session). Page access comes from the
    // content script's http(s) matches; nothing else is requested (see README, "Permissions").
    permissions: ['storage'],
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
  vite: () => ({ plugins: [preact()] }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: ['tests/**', 'docs/**', 'web-ext-artifacts/**', '*.log'],
  },
});
