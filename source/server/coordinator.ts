// Executes runs: pending → running (hub RunStarted) → one result per case (SSE `result`, hub ResultRecorded) → terminal
// (hub RunFinished, SSE `terminal`). Each result is committed before it is broadcast; a restart resumes unfinished cases, or,
// for a run whose cancel was requested, only the cases that were in flight then, and ends it `canceled`.
import type { BenchRun } from '../wire/types.js';
import type { Broadcaster } from './broadcast.js';
import { executeCases, runPlan, type RunPlan } from './execute-case.js';
import type { RunnableCase, RunRow } from './rows.js';
import { runDetail, runOwner, type RunOwner } from './run-views.js';
import type { Store } from './store.js';
import { benchConfig, resultJson, runJson } from './wire.js';

export interface CoordinatorOptions {
	/** Results per second per run; 0 = unlimited. */
	pace: number;
	now: () => string;
}

interface ActiveRun {
	canceled: boolean;
	deleted: boolean;
	/** Ids of the cases started and not yet recorded (paced runs; an unpaced batch starts and commits in one tick). */
	inFlight: Set<string>;
	done: Promise<void>;
}

const DEFAULT_CONCURRENCY = 10;
const UNPACED_BATCH = 100;

export class Coordinator {
	private readonly active = new Map<number, ActiveRun>();
	private readonly sleepers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
	private stopped = false;

	constructor(
		private readonly store: Store,
		private readonly broadcaster: Broadcaster,
		private readonly options: CoordinatorOptions,
	) {}

	/** Starts executing a pending run (or resumes a running one) on the next tick. */
	start(runId: number): void {
		if (this.active.has(runId)) return;
		const state: ActiveRun = { canceled: false, deleted: false, inFlight: new Set(), done: Promise.resolve() };
		this.active.set(runId, state);
		state.done = new Promise<void>((resolve) => setImmediate(resolve))
			.then(() => this.execute(runId, state))
			// Failures inside a run mark it `failed`; one here means the run or the database is gone: nothing to record.
			.catch(() => undefined)
			.finally(() => this.active.delete(runId));
	}

	/** Restart safety: every run left `pending`/`running` by a previous process resumes its unrecorded cases. */
	resumeInterrupted(): number[] {
		const ids = this.store.unfinishedRuns().map((run) => run.id);
		for (const id of ids) this.start(id);
		return ids;
	}

	isActive(runId: number): boolean {
		return this.active.has(runId);
	}

	/**
	 * Stores the cancel request with the run (and the cases in flight), then flips the cancellation token: no new case
	 * starts; in-flight cases finish; the run then ends `canceled`. A finished run is left as it is.
	 */
	cancel(runId: number): void {
		const run = this.store.run(runId);
		if (!run || (run.status !== 'pending' && run.status !== 'running')) return;
		const state = this.active.get(runId);
		this.store.requestCancel(runId, this.options.now(), [...(state?.inFlight ?? [])]);
		if (state) state.canceled = true;
	}

	/** Cancels, then removes the run and its results; open streams get `terminal {"status":"unknown"}`. */
	delete(runId: number): void {
		const state = this.active.get(runId);
		if (state) state.canceled = state.deleted = true;
		this.store.deleteRun(runId);
		this.broadcaster.endRun(runId, 'unknown');
	}

	/** Resolves once no run is executing (tests, shutdown). */
	async idle(): Promise<void> {
		while (this.active.size > 0) await Promise.all([...this.active.values()].map((s) => s.done));
	}

	/** Stops every loop without finishing runs (they resume on the next start with the same database). */
	async stop(): Promise<void> {
		this.stopped = true;
		for (const sleeper of this.sleepers) {
			clearTimeout(sleeper.timer);
			sleeper.wake();
		}
		await Promise.all([...this.active.values()].map((s) => s.done));
	}

	private async execute(runId: number, state: ActiveRun): Promise<void> {
		const run = this.store.run(runId);
		if (!run || this.stopped) return;
		const owner = runOwner(this.store, run);
		if (run.status === 'pending') {
			this.store.setRunStatus(runId, 'running', null);
			this.broadcaster.runStarted(owner.projectId, owner.script.name, runJson(this.store.run(runId)!));
		}
		let status: 'completed' | 'failed' | 'canceled' = 'completed';
		try {
			const plan = runPlan(this.store, run);
			const recorded = this.store.recordedCaseIds(runId);
			const remaining = this.store.casesOfRun(run).filter((c) => !recorded.has(c.id));
			// A cancel requested before a restart: only the cases that were in flight then still run.
			const inFlightAtCancel = run.cancel_requested_at === null ? undefined : new Set(JSON.parse(run.cancel_in_flight ?? '[]') as string[]);
			const queue = inFlightAtCancel ? remaining.filter((c) => inFlightAtCancel.has(c.id)) : remaining;
			const concurrency = this.concurrency(run);
			const executedAll =
				this.options.pace > 0
					? await this.executePaced(plan, queue, concurrency, state, owner)
					: await this.executeUnpaced(plan, queue, concurrency, state, owner);
			if (!executedAll || queue.length < remaining.length) status = 'canceled';
		} catch {
			status = 'failed';
		}
		if (this.stopped || state.deleted) return;
		this.finish(runId, status, owner);
	}

	private concurrency(run: RunRow): number {
		const value = benchConfig(this.store.bench(run.bench_id)!).concurrency;
		return typeof value === 'number' && value >= 1 ? Math.min(Math.floor(value), 1000) : DEFAULT_CONCURRENCY;
	}

	/**
	 * Unlimited pace: a batch of cases per tick (at least `concurrency`, at least UNPACED_BATCH), committed in one
	 * transaction, yielding to the event loop between ticks. The batch is what is "in flight" when a cancel arrives.
	 */
	private async executeUnpaced(plan: RunPlan, queue: RunnableCase[], concurrency: number, state: ActiveRun, owner: RunOwner): Promise<boolean> {
		const batchSize = Math.max(concurrency, UNPACED_BATCH);
		let next = 0;
		for (; next < queue.length && !state.canceled && !this.stopped; next += batchSize) {
			const now = this.options.now();
			const rows = this.store.recordResults(executeCases(this.store, plan, queue.slice(next, next + batchSize), now));
			this.broadcaster.resultsRecorded(owner.projectId, owner.script.name, rows.map(resultJson));
			await new Promise((resolve) => setImmediate(resolve));
		}
		return next >= queue.length;
	}

	/** Paced: `concurrency` workers, each case in flight for concurrency/pace seconds, so the run records `pace` results/s. */
	private async executePaced(plan: RunPlan, queue: RunnableCase[], concurrency: number, state: ActiveRun, owner: RunOwner): Promise<boolean> {
		const inFlightMs = (concurrency * 1000) / this.options.pace;
		let next = 0;
		const worker = async (index: number) => {
			await this.sleep((index * 1000) / this.options.pace);
			while (next < queue.length && !state.canceled && !this.stopped) {
				const c = queue[next++];
				state.inFlight.add(c.id);
				await this.sleep(inFlightMs);
				if (this.stopped || state.deleted) return;
				state.inFlight.delete(c.id);
				if (!this.store.caseById(c.id)) continue; // deleted while in flight
				const rows = this.store.recordResults(executeCases(this.store, plan, [c], this.options.now()));
				this.broadcaster.resultsRecorded(owner.projectId, owner.script.name, rows.map(resultJson));
			}
		};
		await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, (_, i) => worker(i)));
		return next >= queue.length;
	}

	private finish(runId: number, status: 'completed' | 'failed' | 'canceled', owner: RunOwner): void {
		this.store.setRunStatus(runId, status, this.options.now());
		const run = this.store.run(runId)!;
		if (run.mcp_session_id) this.store.setSessionCost(run.mcp_session_id, owner.projectId, `bench_run:${runId}`, run.total_cost_usd);
		const detail: BenchRun = runDetail(this.store, run, owner);
		this.broadcaster.runFinished(owner.projectId, owner.script.name, detail);
	}

	private sleep(ms: number): Promise<void> {
		if (ms <= 0 || this.stopped) return Promise.resolve();
		return new Promise((resolve) => {
			const sleeper = {
				timer: setTimeout(() => {
					this.sleepers.delete(sleeper);
					resolve();
				}, ms),
				wake: () => resolve(),
			};
			this.sleepers.add(sleeper);
		});
	}
}

