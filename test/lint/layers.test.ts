// The layer rule holds: fixtures with wrong-way imports are reported, a right-way one is not.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints a fixture as if it sat at `asPath` in source/, and returns the rules it broke. */
async function brokenRules(fixture: string, asPath: string): Promise<Array<string | null>> {
	const code = readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8');
	const [result] = await eslint.lintText(code, { filePath: asPath });
	return result!.messages.map((message) => message.ruleId);
}

describe('layer rule', () => {
	it('reports state/ importing ui/', async () => {
		expect(await brokenRules('state-imports-ui.ts', 'source/state/fixture.ts')).toEqual(['boundaries/dependencies']);
	});

	it('reports commands/ importing ui/', async () => {
		expect(await brokenRules('commands-import-ui.ts', 'source/commands/fixture.ts')).toEqual(['boundaries/dependencies']);
	});

	it('reports anything but cli.tsx importing interactive.tsx', async () => {
		expect(await brokenRules('config-imports-interactive.ts', 'source/config.ts')).toEqual(['no-restricted-imports']);
	});

	it('lets ui/ import io/', async () => {
		expect(await brokenRules('ui-imports-io.ts', 'source/ui/fixture.ts')).toEqual([]);
	});
});
