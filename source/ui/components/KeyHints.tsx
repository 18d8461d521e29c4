// A one-line footer of the view's main keys, from KEYMAP. With --read-only the keys that change data are left out and
// the line starts with `read-only`, so it lists only what works.
import { Text } from './Text.js';
import { useLayout } from '../context.js';
import { displayKey, KEYMAP, type Binding, type KeyRef } from '../keymap.js';
import { drawing } from '../../look/drawing.js';

export function KeyHints({ keys }: { keys: readonly KeyRef[] }) {
	const { readOnly } = useLayout();
	const all = keys.map(([scope, action]) => KEYMAP.find((b) => b.scope === scope && b.action === action) as Binding);
	const bindings = readOnly ? all.filter((b) => !b.mutates) : all;
	return (
		<Text dimColor wrap="truncate">
			{bindings.length < all.length ? <Text color="magenta">{`read-only ${drawing.dot} `}</Text> : null}
			{bindings.map((binding, i) => (
				<Text key={`${binding.scope}:${binding.action}`}>
					{i > 0 ? ` ${drawing.dot} ` : ''}
					{`${displayKey(binding.keys[0])} ${binding.hint ?? binding.action}`}
				</Text>
			))}
			{` ${drawing.dot} ? help`}
		</Text>
	);
}
