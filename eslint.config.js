import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Layer rules from DESIGN.md: arrows point inward. Each entry: files in a layer may not import these paths. */
const layers = [
  { files: ['src/core/**'], banned: ['**/specs/**', '**/ml/**', '**/render/**', '**/platform/**', '**/store/**', '**/ui/**', '**/app/**', 'react', 'zustand', 'zod', '@mediapipe/*', '@imgly/*'] },
  { files: ['src/specs/**'], banned: ['**/ml/**', '**/render/**', '**/platform/**', '**/store/**', '**/ui/**', '**/app/**', 'react', 'zustand'] },
  { files: ['src/ml/**'], banned: ['**/store/**', '**/ui/**', '**/app/**', '**/render/**', 'react', 'zustand'] },
  { files: ['src/render/**'], banned: ['**/store/**', '**/ui/**', '**/app/**', '**/ml/**', 'react', 'zustand', '@mediapipe/*', '@imgly/*'] },
  { files: ['src/platform/**'], banned: ['**/store/**', '**/ui/**', '**/app/**', '**/ml/**', 'react', 'zustand'] },
  { files: ['src/store/**'], banned: ['**/ui/**', '**/app/**', 'react', '@mediapipe/*', '@imgly/*'] },
  { files: ['src/ui/**'], banned: ['**/app/**', '@mediapipe/*', '@imgly/*'] },
  // The service worker is its own bundle (scripts/offline-service-worker.ts): it may import only its own folder.
  { files: ['src/sw/**'], banned: ['**/core/**', '**/specs/**', '**/ml/**', '**/render/**', '**/platform/**', '**/store/**', '**/ui/**', '**/app/**', 'react', 'zustand', 'zod', '@mediapipe/*', '@imgly/*'] },
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
  ...layers.map(({ files, banned }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: banned.map((group) => ({ group: [group], message: 'Layer rule (DESIGN.md): arrows point inward.' })) }],
    },
  })),
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
