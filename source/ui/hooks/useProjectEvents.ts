// Live updates for a project: the hub stream (`client.events.subscribeProject`) when it is available, polling
// otherwise. Events are buffered outside React and handed over in batches at most ~30 times a second.
// The connection state (hub live / polling / offline) is reported to the status bar.
import { useEffect, useEffectEvent } from 'react';
import type { Subscription } from '../../client/api.js';
import type { BenchEvent } from '../../wire/types.js';
import { useActions, useClient, type ConnectionBadge } from '../context.js';

export interface ProjectEventHandlers {
	/** A batch of hub events (never called with an empty batch). */
	onEvents(events: BenchEvent[]): void;
	/**
	 * Polling fallback: re-read what the view shows, passing `signal` to the request (it aborts when the view
	 * unmounts or the project changes). A rejection marks the connection offline.
	 */
	onPoll(signal: AbortSignal): Promise<unknown>;
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
	// The latest handlers, called from the subscription without re-subscribing when they change.
	const onEvents = useEffectEvent((batch: BenchEvent[]) => handlers.onEvents(batch));
	const onPoll = useEffectEvent((signal: AbortSignal) => handlers.onPoll(signal));
	const report = useEffectEvent((state: ConnectionBadge | null) => setConnection(state));
	const { pollMs = 3000, flushMs = 100, retryHubMs = 30_000, enabled = true } = options;

	useEffect(() => {
		if (!enabled) return;
		const controller = new AbortController();
		const { signal } = controller;
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
			onEvents(batch);
		};

		const poll = async () => {
			pollTimer = undefined;
			if (stopped) return;
			try {
				await onPoll(signal);
				if (!stopped && !subscription) report('polling');
			} catch {
				if (!stopped) report('offline');
			}
			if (!stopped && !subscription) pollTimer = setTimeout(poll, pollMs);
		};

		const fallBackToPolling = () => {
			subscription = undefined;
			if (stopped) return;
			report('polling');
			if (!pollTimer) pollTimer = setTimeout(poll, pollMs);
			if (!retryTimer) retryTimer = setTimeout(() => ((retryTimer = undefined), void connect()), retryHubMs);
		};

		const connect = async () => {
			try {
				const opened = await client.events.subscribeProject(projectId, { signal });
				if (stopped) return opened.close();
				subscription = opened;
				clearTimeout(pollTimer);
				pollTimer = undefined;
				report('live');
				// Catch up on whatever happened while we were not listening.
				void onPoll(signal).catch(() => undefined);
				for await (const event of opened) {
					buffer.push(event);
					if (!flushTimer) flushTimer = setTimeout(flush, flushMs);
				}
			} catch {
				// fall through to polling
			}
			if (!stopped) fallBackToPolling();
		};

		report('connecting');
		void connect();
		return () => {
			stopped = true;
			controller.abort();
			subscription?.close();
			clearTimeout(flushTimer);
			clearTimeout(pollTimer);
			clearTimeout(retryTimer);
			report(null);
		};
	}, [client, projectId, pollMs, flushMs, retryHubMs, enabled]);
}
