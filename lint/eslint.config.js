// The project's ESLint setup: TypeScript and React-hooks rules, and the layer rule that keeps imports running one way.
// It lives in lint/ (an npm workspace) because typescript-eslint needs TypeScript < 6.1, which lint/ installs beside the project's TypeScript 7.
import { fileURLToPath } from 'node:url';
import './typescript-5.js';
import { ELEMENTS, layerPolicies } from './layers.js';

// Loaded after typescript-5.js has pointed `typescript` at TypeScript 5.
const { default: js } = await import('@eslint/js');
const { default: tseslint } = await import('typescript-eslint');
const { default: reactHooks } = await import('eslint-plugin-react-hooks');
const { default: boundaries } = await import('eslint-plugin-boundaries');
const { default: globals } = await import('globals');

const typescriptResolver = fileURLToPath(import.meta.resolve('eslint-import-resolver-typescript'));

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'lint/node_modules/**', 'screenshots/**', 'test/**/fixtures/**'] },
	{ linterOptions: { reportUnusedDisableDirectives: 'error' } },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
		},
	},
	{
		files: ['**/*.{ts,tsx}'],
		plugins: { 'react-hooks': reactHooks },
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			// useRequest takes a deps list like useEffect: its callers' lists are checked too.
			'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useRequest$' }],
		},
	},
	{ files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
	{
		// Tests match escape sequences on purpose and read raw JSON bodies as `any`.
		files: ['test/**'],
		rules: { 'no-control-regex': 'off', '@typescript-eslint/no-explicit-any': 'off' },
	},
	{
		files: ['source/**/*.{ts,tsx}'],
		plugins: { boundaries },
		settings: {
			'boundaries/elements': ELEMENTS,
			'import/resolver': { [typescriptResolver]: { project: 'tsconfig.json' } },
		},
		rules: {
			'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies() }],
			// Files directly in source/ share one element, so the rule above cannot tell them apart among themselves.
			'no-restricted-imports': ['error', { patterns: [{ group: ['**/interactive.js'], message: 'Only cli.tsx starts the interactive app.' }] }],
		},
	},
	{
		// Every text the app draws goes through ui/components/Text.tsx, which sanitizes its children (issue 15).
		files: ['source/ui/**/*.{ts,tsx}'],
		ignores: ['source/ui/components/Text.tsx'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [{ group: ['**/interactive.js'], message: 'Only cli.tsx starts the interactive app.' }],
					paths: [{ name: 'ink', importNames: ['Text'], message: 'Import Text from ui/components/Text.tsx: it sanitizes every child.' }],
				},
			],
		},
	},
	{ files: ['source/cli.tsx'], rules: { 'no-restricted-imports': 'off' } },
);
