// One line for a view whose server cannot be reached: what failed, and when the next try starts (counting down), so
// an empty list never reads as "no projects" and a kept list is marked as old.
import { Text } from './Text.js';
import { describeError } from '../../client/errors.js';
import { drawing } from '../../look/drawing.js';
import { hostOf } from '../../look/host.js';
import { sanitize } from '../../look/sanitize.js';
import { useClient } from '../context.js';
import { useNow } from '../hooks/useNow.js';

interface Waiting {
	error: unknown;
	retryAt: number | null;
	/** Data from an earlier answer is still shown. */
	stale?: boolean;
}

/** `cannot reach 127.0.0.1:3001: connect ECONNREFUSED, retrying in 4s`; undefined while the server answers. */
export function useUnreachableText({ error, retryAt, stale }: Waiting): string | undefined {
	const client = useClient();
	const now = useNow(1000, retryAt !== null);
	if (retryAt === null) return undefined;
	const seconds = Math.ceil((retryAt - now) / 1000);
	const when = seconds > 0 ? `retrying in ${seconds}s` : `retrying${drawing.ellipsis}`;
	return `cannot reach ${hostOf(client.baseUrl)}: ${sanitize(describeError(error))}, ${when}${stale ? ` ${drawing.dot} showing what was last read` : ''}`;
}

export function UnreachableLine({ text }: { text: string | undefined }) {
	return text ? (
		<Text color="yellow" wrap="truncate">
			{`${drawing.warning} ${text}`}
		</Text>
	) : null;
}
