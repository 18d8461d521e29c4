import { defineConfig } from 'vitest/config';
import { viteInkAliases } from './scripts/ink-aliases.mjs';

export default defineConfig({
	// Ink as the bundle has it (scripts/ink-aliases.mjs): Ink and the libraries around it are inlined so the aliases apply.
	plugins: [viteInkAliases()],
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// 2 cores here and in CI: two workers keep the suite fast without starving the servers the tests start.
		maxWorkers: 2,
		server: { deps: { inline: [/[\\/]node_modules[\\/](ink|ink-testing-library|@alcalzone[\\/]ink-table)[\\/]/] } },
		reporters: ['default', './test/helpers/summary-reporter.ts'],
	},
});
