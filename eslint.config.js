import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Borders between contexts (see ARCHITECTURE.md): the core imports nothing of ours and no browser API; a context
 * never imports another context's internals; shared UI lives in src/ui.
 */
const CONTEXTS = ['background', 'content', 'popup', 'reader', 'library', 'cli'];
const otherContexts = (self) => CONTEXTS.filter((name) => name !== self).map((name) => `**/${name}/**`);

export default tseslint.config(
  { ignores: ['scratch/**', 'dist/**', 'dist-cli/**', 'node_modules/**', 'artifacts/**', 'test-results/**', 'playwright-report/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', 'webextension-polyfill'], message: 'src/core is pure: it imports only core files and DOM libraries.' }] }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'src/core never touches browser APIs.' }, { name: 'browser', message: 'src/core never touches browser APIs.' }, { name: 'window', message: 'src/core takes its window as an argument.' }, { name: 'document', message: 'src/core takes its document as an argument.' }],
    },
  },
  ...CONTEXTS.map((context) => ({
    files: [`src/${context}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: otherContexts(context), message: 'Contexts talk through src/messaging, and share UI through src/ui.' }] }],
    },
  })),
  {
    files: ['src/ui/**', 'src/messaging/**', 'src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: CONTEXTS.map((name) => `**/${name}/**`), message: 'Shared modules never import a context.' }] }],
    },
  },
);
