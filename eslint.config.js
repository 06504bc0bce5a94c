// Lint rules for sitrep: ESLint's and typescript-eslint's recommended sets, React's
// rules for JSX and hooks. Not type-aware: tsc --noEmit already runs in `npm test`,
// and type-aware linting would double the suite's start-up on small machines.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import {defineConfig} from 'eslint/config';

export default defineConfig([
	{ignores: ['dist/', 'coverage/', '.scratch/', 'node_modules/']},
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx}'],
		...react.configs.flat.recommended,
		settings: {react: {version: 'detect'}},
	},
	// The new JSX transform (tsconfig "jsx": "react-jsx") needs no React in scope.
	{files: ['**/*.{ts,tsx}'], ...react.configs.flat['jsx-runtime']},
	{files: ['**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended},
	{
		languageOptions: {
			ecmaVersion: 2022,
			sourceType: 'module',
			globals: {...globals.node},
		},
		rules: {
			// Types are checked by tsc; prop-types would duplicate them at run time.
			'react/prop-types': 'off',
			// An unused binding is a mistake unless its name starts with _ (a required
			// parameter position, or a rest sibling that drops a key).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true},
			],
			eqeqeq: ['error', 'always'],
			// sitrep's job includes finding and removing terminal escapes and control
			// characters in untrusted text: a regex with \u001B or \u0000-\u001F is deliberate here.
			'no-control-regex': 'off',
		},
	},
	{
		// The cleaner lists variation selectors and emoji skin-tone modifiers alone in character
		// classes on purpose: each is removed on its own, and the character before it stays.
		files: ['source/data/clean-text.ts'],
		rules: {'no-misleading-character-class': 'off'},
	},
	{
		// CommonJS helpers (a preload for tests, a report script for the bench, a library
		// loaded on demand), and the shipped entry's loader, which is CommonJS so it starts
		// without the ESM loader.
		files: ['**/*.cjs', '**/*.cts', 'scripts/cli-loader.js'],
		languageOptions: {sourceType: 'commonjs'},
		rules: {'@typescript-eslint/no-require-imports': 'off'},
	},
]);
