// The README's "Keys" table, generated from KEYMAP (`npm run keys-table` writes it; a test fails when it drifts).
import { displayKey, KEYMAP, MUTATING_MARK, SCOPES } from './keymap.js';

export const KEYS_TABLE_START = '<!-- keys-table: generated from source/ui/keymap.ts by `npm run keys-table` -->';
export const KEYS_TABLE_END = '<!-- /keys-table -->';

export function keysTable(): string {
	const rows = SCOPES.map((scope) => {
		const cells = KEYMAP.filter((b) => b.scope === scope).map(
			(b) => `${b.keys.map((k) => `\`${displayKey(k)}\``).join(' ')} ${b.description.replaceAll('|', '\\|')}${'mutates' in b && b.mutates ? ` ${MUTATING_MARK}` : ''}`,
		);
		return `| ${scope} | ${cells.join(' · ')} |`;
	});
	return ['| where | keys |', '|---|---|', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by the current table. */
export function withKeysTable(readme: string): string {
	const start = readme.indexOf(KEYS_TABLE_START);
	const end = readme.indexOf(KEYS_TABLE_END);
	if (start < 0 || end < start) throw new Error(`README has no ${KEYS_TABLE_START} … ${KEYS_TABLE_END} markers`);
	return `${readme.slice(0, start + KEYS_TABLE_START.length)}\n${keysTable()}\n${readme.slice(end)}`;
}
