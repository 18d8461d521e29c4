// Stand-in for a view that is not built yet.
import { Text } from 'ink';
import type { Route } from '../routes.js';

export function Placeholder({ route }: { route: Route }) {
	return <Text dimColor>{`${route.kind}: not built yet`}</Text>;
}
