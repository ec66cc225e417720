// Lint rules that keep the layers apart (DESIGN §1): shared/ imports nothing of ours outside itself and no Node or
// DOM-only modules; the renderer and preload never reach into main/; main/ never imports React; services never
// import electron. The per-runtime tsconfigs enforce the same from the type side.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'worker_threads', 'electron'];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Build scripts run under Node.
  { files: ['scripts/**/*.mjs', '*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
  // Playwright fixtures must destructure their (empty) dependencies.
  { files: ['test/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['../main/*', '../../main/*', '../renderer/*', '../../renderer/*', '../preload/*', '../../preload/*', 'react', 'antd', ...NODE_BUILTINS], 'shared/ is pure: no Node, no DOM, nothing of ours outside shared/.') },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(['**/main/*', '**/main/**', '**/preload/*', ...NODE_BUILTINS], 'The renderer talks to the app only through renderer/api.') },
  },
  {
    files: ['preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['**/main/*', '**/main/**', '**/renderer/*', 'react', 'antd'], 'preload builds window.api from shared/api only.') },
  },
  {
    files: ['main/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['react', 'react-dom', 'antd', '**/renderer/*', '**/renderer/**', '**/preload/*'], 'main/ never imports the UI.') },
  },
  {
    files: ['main/services/**/*.ts', 'main/store/**/*.ts', 'main/docs/**/*.ts', 'main/cli/**/*.ts', 'main/host/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['electron', 'react', 'antd', '**/renderer/*', '**/renderer/**'], 'Services run under plain Node: whatever needs Electron is an adapter in main/app, passed in.') },
  },
);
