// A one-line footer of the view's main keys, from KEYMAP. With --read-only the keys that change data are shown
// struck through after a `read-only:` label, so the meaning does not rest on dimming alone.
import { Text } from './Text.js';
import { useApp } from '../context.js';
import { bindingsFor, type Scope } from '../keymap.js';

export function KeyHints({ scopes, actions }: { scopes: readonly Scope[]; actions: readonly string[] }) {
	const { readOnly } = useApp();
	const available = bindingsFor(scopes);
	const bindings = actions.map((action) => available.find((b) => b.action === action)).filter((b) => b !== undefined);
	const anyDisabled = readOnly && bindings.some((b) => b.mutates);
	return (
		<Text dimColor wrap="truncate">
			{anyDisabled ? <Text color="magenta">read-only: </Text> : null}
			{bindings.map((binding, i) => (
				<Text key={binding.action}>
					{i > 0 ? ' · ' : ''}
					<Text strikethrough={readOnly && binding.mutates}>{`${binding.keys[0]} ${binding.action}`}</Text>
				</Text>
			))}
			{' · ? help'}
		</Text>
	);
}
