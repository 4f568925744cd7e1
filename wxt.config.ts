import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { countryDataPlugin } from './scripts/lib/country-data-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      'Highlights the claims in news articles: who asserted them, which side they speak for, and whether the other side disputes them.',
    // storage: the per-site switch and settings. unlimitedStorage: the claim history can outgrow the default quota.
    permissions: ['storage', 'unlimitedStorage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'claimlens@claimlens.invalid',
          // Firefox's built-in consent screen (140+): ClaimLens collects and transmits nothing.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // WXT makes an entrypoint named "history" replace the browser's own history page
    // (chrome_url_overrides); ClaimLens's history is an ordinary extension page.
    'entrypoints:found': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) if (entrypoint.name === 'history') entrypoint.type = 'unlisted-page';
    },
  },
  vite: () => ({
    // Both browsers support ES2022; an older target makes esbuild rewrite the analyzer's
    // Unicode-property regex literals into `new RegExp(...)` calls rebuilt on every use.
    build: { target: 'es2022' },
    plugins: [preact(), countryDataPlugin()],
  }),
});
