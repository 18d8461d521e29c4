import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// 2 cores here and in CI: two workers keep the suite fast without starving the servers the tests start.
		maxWorkers: 2,
		reporters: ['default', './test/helpers/summary-reporter.ts'],
	},
});
