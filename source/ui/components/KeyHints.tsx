// A one-line footer of the view's main keys, from KEYMAP. With --read-only the keys that change data are shown
// struck through after a `read-only:` label, so the meaning does not rest on dimming alone.
import { Text } from 'ink';
import { useApp } from '../context.js';
import { displayKey, KEYMAP, type Binding, type KeyRef } from '../keymap.js';

export function KeyHints({ keys }: { keys: readonly KeyRef[] }) {
	const { readOnly } = useApp();
	const bindings = keys.map(([scope, action]) => KEYMAP.find((b) => b.scope === scope && b.action === action) as Binding);
	const anyDisabled = readOnly && bindings.some((b) => b.mutates);
	return (
		<Text dimColor wrap="truncate">
			{anyDisabled ? <Text color="magenta">read-only: </Text> : null}
			{bindings.map((binding, i) => (
				<Text key={`${binding.scope}:${binding.action}`}>
					{i > 0 ? ' · ' : ''}
					<Text strikethrough={readOnly && binding.mutates}>{`${displayKey(binding.keys[0])} ${binding.hint ?? binding.action}`}</Text>
				</Text>
			))}
			{' · ? help'}
		</Text>
	);
}
