// One result as a single list line (case, status, score, cost, duration, cache hit), and the matching column titles.
// `label` is the feed's raw case label (RunFeed.caseLabel): sanitized here, at draw time.
import { Text } from '../Text.js';
import type { ListedResult } from '../../../state/feed-view.js';
import { formatDuration, formatScore, formatUsd } from '../../../state/format.js';
import { fit } from '../../../look/text.js';
import { sanitize } from '../../../look/sanitize.js';
import { statusLook } from '../../../look/status.js';

const SCORE = 7;
const COST = 10;
const DURATION = 9;
const CACHE = 7;
const FIXED = 2 + SCORE + COST + DURATION + CACHE;

function caseWidth(width: number): number {
	return Math.max(8, width - FIXED);
}

export function FeedColumns({ width }: { width: number }) {
	return (
		<Text bold wrap="truncate">
			{`  ${fit('case', caseWidth(width))}${fit('score', SCORE, 'right')}${fit('cost', COST, 'right')}${fit('duration', DURATION, 'right')}${fit('cache', CACHE, 'right')}`}
		</Text>
	);
}

export function FeedRowLine({ result, label, selected, width }: { result: ListedResult; label: string; selected: boolean; width: number }) {
	const rest =
		fit(sanitize(label), caseWidth(width)) +
		fit(formatScore(result.headline_score), SCORE, 'right') +
		fit(formatUsd(result.cost_usd), COST, 'right') +
		fit(formatDuration(result.duration_ms), DURATION, 'right') +
		fit(result.cache_hit ? 'hit' : '', CACHE, 'right');
	return (
		<Text inverse={selected} wrap="truncate">
			<Text color={statusLook(result.status).color}>{`${statusLook(result.status).glyph} `}</Text>
			{rest}
		</Text>
	);
}
