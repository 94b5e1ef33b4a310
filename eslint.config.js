import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Folder = runtime. These rules keep each folder to the imports its runtime has.
// Regexes, not gitignore-style groups: `electron/*` would also match `../electron/main/x`.
const electronModule = { regex: '^electron(/.*)?$' };
const nodeBuiltins = { regex: '^(node:.*|fs|fs/.*|path|os|child_process|crypto|url|util|stream|events|module|worker_threads)$' };

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // shared/notes/lexical and the Markdown notes are type-checked with the DOM library (Lexical's types need it); it must not use it.
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...electronModule, message: 'shared/ runs everywhere: no Electron.' },
            { ...nodeBuiltins, message: 'shared/ runs everywhere: no Node modules.' },
            { regex: '^(react|react-dom)(/.*)?$|(^|/)(renderer|electron|host|cli|tests)/', message: 'shared/ imports only shared/ and pure libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...electronModule, message: 'The renderer reaches the host only through window.mdo.' },
            { ...nodeBuiltins, message: 'The renderer has no Node.' },
            { regex: '(^|/)(electron|host|cli|tests)/', message: 'The renderer imports only renderer/ and shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['host/**/*.ts', 'cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...electronModule, message: 'Plain Node modules: testable without Electron.' },
            { regex: '(^|/)renderer/', message: 'No DOM code on the host side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)renderer/', message: 'No DOM code on the host side.' }] }],
    },
  },
  {
    files: ['tests/**/*.ts', '*.config.{ts,js}', 'electron.vite.config.ts', 'bin/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // In tests a wrong assumption about a value should fail loudly; `!` says exactly that.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
