// Live updates for a project: the hub stream (`client.events.subscribeProject`) when it is available, polling
// otherwise. Events are buffered outside React and handed over in batches at most ~30 times a second.
// The connection state (hub live / polling / offline) is reported to the status bar.
import { useEffect, useRef } from 'react';
import type { Subscription } from '../../client/api.js';
import type { BenchEvent } from '../../wire/types.js';
import { useActions, useClient } from '../context.js';

export interface ProjectEventHandlers {
	/** A batch of hub events (never called with an empty batch). */
	onEvents(events: BenchEvent[]): void;
	/** Polling fallback: re-read what the view shows. A rejection marks the connection offline. */
	onPoll(): Promise<unknown>;
}

export interface ProjectEventOptions {
	pollMs?: number;
	flushMs?: number;
	/** How often to try the hub again while polling. */
	retryHubMs?: number;
	/** False: no stream and no polling (e.g. the project does not exist). */
	enabled?: boolean;
}

export function useProjectEvents(projectId: number, handlers: ProjectEventHandlers, options: ProjectEventOptions = {}): void {
	const client = useClient();
	const { setConnection } = useActions();
	const latest = useRef(handlers);
	latest.current = handlers;
	const report = useRef(setConnection);
	report.current = setConnection;
	const { pollMs = 3000, flushMs = 100, retryHubMs = 30_000, enabled = true } = options;

	useEffect(() => {
		if (!enabled) return;
		let stopped = false;
		let subscription: Subscription<BenchEvent> | undefined;
		let buffer: BenchEvent[] = [];
		let flushTimer: NodeJS.Timeout | undefined;
		let pollTimer: NodeJS.Timeout | undefined;
		let retryTimer: NodeJS.Timeout | undefined;

		const flush = () => {
			flushTimer = undefined;
			if (stopped || buffer.length === 0) return;
			const batch = buffer;
			buffer = [];
			latest.current.onEvents(batch);
		};

		const poll = async () => {
			pollTimer = undefined;
			if (stopped) return;
			try {
				await latest.current.onPoll();
				if (!stopped && !subscription) report.current('polling');
			} catch {
				if (!stopped) report.current('offline');
			}
			if (!stopped && !subscription) pollTimer = setTimeout(poll, pollMs);
		};

		const fallBackToPolling = () => {
			subscription = undefined;
			if (stopped) return;
			report.current('polling');
			if (!pollTimer) pollTimer = setTimeout(poll, pollMs);
			if (!retryTimer) retryTimer = setTimeout(() => ((retryTimer = undefined), void connect()), retryHubMs);
		};

		const connect = async () => {
			try {
				const opened = await client.events.subscribeProject(projectId);
				if (stopped) return opened.close();
				subscription = opened;
				clearTimeout(pollTimer);
				pollTimer = undefined;
				report.current('live');
				// Catch up on whatever happened while we were not listening.
				void latest.current.onPoll().catch(() => undefined);
				for await (const event of opened) {
					buffer.push(event);
					if (!flushTimer) flushTimer = setTimeout(flush, flushMs);
				}
			} catch {
				// fall through to polling
			}
			if (!stopped) fallBackToPolling();
		};

		report.current('connecting');
		void connect();
		return () => {
			stopped = true;
			subscription?.close();
			clearTimeout(flushTimer);
			clearTimeout(pollTimer);
			clearTimeout(retryTimer);
			report.current(null);
		};
	}, [client, projectId, pollMs, flushMs, retryHubMs, enabled]);
}
