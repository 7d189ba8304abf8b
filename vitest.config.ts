import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // WXT 0.21.0's mock browser imports the 'wxt/testing' index, which drags esbuild into the test environment.
    alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts?(x)'],
    mockReset: true,
    restoreMocks: true,
    // Tests pin down behaviour, not speed: a loaded 2-core CI machine parses big pages slowly in jsdom.
    testTimeout: 60_000,
  },
});
