// `projects › project 1 › summarize › run 812`, truncated from the left when narrow.
import { Text } from './Text.js';
import { sanitize } from '../../look/sanitize.js';
import { drawing } from '../../look/drawing.js';
import { truncate } from '../../look/text.js';
import { routeLabel, type Route } from '../routes.js';

export function breadcrumbText(stack: readonly Route[], width: number): string {
	const text = stack.map((route) => sanitize(routeLabel(route))).join(` ${drawing.pointer} `);
	return truncate(text, width, 'start');
}

export function Breadcrumbs({ stack, width }: { stack: readonly Route[]; width: number }) {
	return (
		<Text bold wrap="truncate">
			{breadcrumbText(stack, width)}
		</Text>
	);
}
