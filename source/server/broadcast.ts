// Fan-out of run events to SSE subscribers: per-run streams (`result` / `terminal`) and the hub (`batch` frames of Bench
// events, flushed at most every `hubFlushMs`). Every event is serialized once, whatever the number of subscribers.
import type { ServerResponse } from 'node:http';
import type { BenchResult, BenchRun, TerminalStatus } from '../wire/types.js';
import { frame, SseConnection, type SseOptions } from './sse.js';

export interface BroadcastOptions extends SseOptions {
	hubFlushMs: number;
	/** Hub events per `batch` frame at most. */
	hubBatchLimit: number;
}

export interface HubFilter {
	projectId?: number;
	scriptName?: string;
	/** Projects the subscriber's token may read (null = all). */
	readable: number[] | null;
}

interface PendingEvent {
	projectId: number;
	scriptName: string;
	json: string;
}

export class Broadcaster {
	private readonly runSubscribers = new Map<number, Set<SseConnection>>();
	private readonly hubSubscribers = new Map<SseConnection, HubFilter>();
	private pending: PendingEvent[] = [];
	private flushTimer: NodeJS.Timeout | undefined;

	constructor(private readonly options: BroadcastOptions) {}

	subscribeRun(runId: number, res: ServerResponse): SseConnection {
		const connection = new SseConnection(res, this.options);
		let set = this.runSubscribers.get(runId);
		if (!set) this.runSubscribers.set(runId, (set = new Set()));
		set.add(connection);
		connection.onClose(() => {
			set.delete(connection);
			if (set.size === 0 && this.runSubscribers.get(runId) === set) this.runSubscribers.delete(runId);
		});
		return connection;
	}

	/** An immediate `terminal` and close (already finished runs; §11 #1). */
	answerFinished(res: ServerResponse, status: TerminalStatus): void {
		new SseConnection(res, this.options).end(frame('terminal', { status }));
	}

	subscribeHub(res: ServerResponse, filter: HubFilter): SseConnection {
		const connection = new SseConnection(res, this.options);
		this.hubSubscribers.set(connection, filter);
		connection.onClose(() => this.hubSubscribers.delete(connection));
		return connection;
	}

	runStarted(projectId: number, scriptName: string, run: BenchRun): void {
		this.hub(projectId, scriptName, { type: 'RunStarted', payload: { project_id: projectId, script_name: scriptName, run } });
	}

	/** One batch of recorded results: a single socket write per run subscriber (weight = results, for `lagged`). */
	resultsRecorded(projectId: number, scriptName: string, results: BenchResult[]): void {
		if (results.length === 0) return;
		const subscribers = this.runSubscribers.get(results[0].bench_run_id);
		if (subscribers) {
			const text = results.map((result) => frame('result', result)).join('');
			for (const subscriber of subscribers) subscriber.send(text, results.length);
		}
		for (const result of results) {
			this.hub(projectId, scriptName, { type: 'ResultRecorded', payload: { project_id: projectId, script_name: scriptName, run_id: result.bench_run_id, result } });
		}
	}

	runFinished(projectId: number, scriptName: string, run: BenchRun): void {
		this.hub(projectId, scriptName, { type: 'RunFinished', payload: { project_id: projectId, script_name: scriptName, run } });
		this.endRun(run.id, run.status as TerminalStatus);
	}

	/** Ends every stream of a run with `terminal` (also used with `unknown` when the run row is deleted). */
	endRun(runId: number, status: TerminalStatus): void {
		const text = frame('terminal', { status });
		for (const subscriber of this.runSubscribers.get(runId) ?? []) subscriber.end(text);
		this.runSubscribers.delete(runId);
	}

	close(): void {
		clearTimeout(this.flushTimer);
		this.flushTimer = undefined;
		for (const set of this.runSubscribers.values()) for (const subscriber of set) subscriber.destroy();
		for (const subscriber of this.hubSubscribers.keys()) subscriber.destroy();
		this.runSubscribers.clear();
		this.hubSubscribers.clear();
	}

	private hub(projectId: number, scriptName: string, benchEvent: unknown): void {
		if (this.hubSubscribers.size === 0) return;
		this.pending.push({ projectId, scriptName, json: JSON.stringify({ type: 'Bench', payload: benchEvent }) });
		this.flushTimer ??= setTimeout(() => this.flushHub(), this.options.hubFlushMs);
	}

	private flushHub(): void {
		this.flushTimer = undefined;
		const events = this.pending;
		this.pending = [];
		for (const [subscriber, filter] of this.hubSubscribers) {
			const visible = events.filter(
				(e) =>
					(filter.projectId === undefined || e.projectId === filter.projectId) &&
					(filter.scriptName === undefined || e.scriptName === filter.scriptName) &&
					(filter.readable === null || filter.readable.includes(e.projectId)),
			);
			for (let start = 0; start < visible.length; start += this.options.hubBatchLimit) {
				const chunk = visible.slice(start, start + this.options.hubBatchLimit);
				subscriber.send(`event: batch\ndata: [${chunk.map((e) => e.json).join(',')}]\n\n`, chunk.length);
			}
		}
	}
}
