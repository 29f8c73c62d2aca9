import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Layer walls (ARCHITECTURE.md, "Layers"): each folder of src/ lists what it MAY import; everything else is an
 * error. `layers`: other src/ folders it may import (a bare folder such as '../specs' counts); `typeLayers`: folders
 * it may import types from only (service interfaces); `packages`: the npm packages it may import.
 */
const LAYERS = ['core', 'specs', 'ml', 'render', 'platform', 'store', 'ui', 'app', 'sw', 'i18n'];
const I18N_PACKAGES = ['i18next', 'i18next-browser-languagedetector', 'i18next-resources-to-backend', 'react-i18next'];
const walls = {
  core: { layers: [], packages: [] },
  specs: { layers: ['core'], packages: ['zod'] },
  ml: { layers: ['core'], packages: ['zod', '@mediapipe/tasks-vision', '@imgly/background-removal', 'onnxruntime-web', 'virtual:head-matte-assets'] },
  render: { layers: ['core'], packages: ['pdf-lib'] },
  // offline-cache.ts speaks the service worker's message protocol (sw/offline-files.ts).
  platform: { layers: ['core', 'sw'], packages: ['zod', 'heic-to'] },
  store: { layers: ['core', 'specs'], typeLayers: ['platform'], packages: ['zustand'] },
  i18n: { layers: ['specs'], packages: I18N_PACKAGES },
  ui: { layers: ['core', 'specs', 'render', 'platform', 'store', 'i18n'], typeLayers: ['ml'], packages: ['react', 'react-dom', 'react-i18next', 'zustand'] },
  // The service worker is its own bundle (scripts/offline-service-worker.ts): it may import only its own folder.
  sw: { layers: [], packages: [] },
};

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WALL_MESSAGE = 'Layer wall (ARCHITECTURE.md, Layers): this folder may not import that.';

/** The no-restricted-imports patterns of an allow-list. */
function wallPatterns(layer, { layers, typeLayers = [], packages }) {
  const own = [layer, ...layers];
  const banned = LAYERS.filter((other) => !own.includes(other));
  const folder = (name) => `^\\.{1,2}/(?:.*/)?${name}(?:/|$)`;
  return [
    ...banned.map((name) => ({ regex: folder(name), message: WALL_MESSAGE, ...(typeLayers.includes(name) ? { allowTypeImports: true } : {}) })),
    // Any bare import that is not one of the layer's packages (or a subpath of one).
    {
      regex: packages.length > 0 ? `^(?!\\.)(?!(?:${packages.map(escapeRegex).join('|')})(?:/|$))` : '^(?!\\.)',
      message: `${WALL_MESSAGE} Vendor packages allowed here: ${packages.join(', ') || 'none'}.`,
    },
  ];
}

const wallConfigs = [
  ...Object.entries(walls).map(([layer, allow]) => ({
    files: [`src/${layer}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: wallPatterns(layer, allow) }] },
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'out', '**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  ...wallConfigs,
  {
    files: ['scripts/**/*.mjs', '*.config.*'],
    // Page-side callbacks in page.evaluate run in the browser, where `window` exists.
    languageOptions: {
      globals: {
        ...{ process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', window: 'readonly', performance: 'readonly' },
        ...{ setInterval: 'readonly', clearInterval: 'readonly', atob: 'readonly', btoa: 'readonly', Blob: 'readonly' },
        ...{ createImageBitmap: 'readonly', OffscreenCanvas: 'readonly', setTimeout: 'readonly', crossOriginIsolated: 'readonly' },
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
