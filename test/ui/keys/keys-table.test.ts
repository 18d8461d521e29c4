// The README's keys table is generated from KEYMAP; this fails when one changes without the other (fix: npm run keys-table).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MUTATING_MARK } from '../../../source/ui/keymap.js';
import { keysTable, withKeysTable } from '../../../source/ui/keys-table.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

test('README keys table matches the keymap', () => {
	expect(readme).toContain(keysTable());
	expect(withKeysTable(readme)).toBe(readme);
});

test("README names the mutating mark the app shows", () => {
	expect(readme).toContain(`\`${MUTATING_MARK}\` marks keys that change`);
	expect(keysTable()).toContain(`cancel the selected run ${MUTATING_MARK}`);
});
