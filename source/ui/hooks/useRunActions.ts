// The run actions shared by panes that show runs: cancel and delete (confirmed, *No* by default, the run named
// in the question), re-run, and trigger. Results and server refusals are shown (notify / banner).
import type { BenchRun, TriggerRunRequest } from '../../wire/types.js';
import { sanitize } from '../../look/sanitize.js';
import { doneCount, isActive } from '../../state/runs-list.js';
import { useActions, useClient } from '../context.js';
import { useRunEndNotifier } from '../run-end-notifier.js';
import { drawing } from '../../look/drawing.js';

export interface RunActions {
	/** Resolves to the run as the server returned it, or null when declined or refused. */
	cancel(run: BenchRun, script: string): Promise<BenchRun | null>;
	/** Resolves true when the run was deleted. */
	remove(run: BenchRun, script: string): Promise<boolean>;
	trigger(projectId: number, script: string, request: TriggerRunRequest): Promise<BenchRun | null>;
	/** Same channel, mode (and sample size) and case filter as `run`. */
	rerun(run: BenchRun, projectId: number, script: string): Promise<BenchRun | null>;
}

/** `summarize (running, 40/120)` */
function describeRun(run: BenchRun, script: string): string {
	return `${sanitize(script)} (${run.status}, ${doneCount(run)}/${run.total_cases})`;
}

export function rerunRequest(run: BenchRun): TriggerRunRequest {
	const request: TriggerRunRequest = { channel: run.channel };
	if (run.mode === 'sampled' && run.sample_size) {
		request.mode = 'sampled';
		request.sample_size = run.sample_size;
	} else if (run.case_filter?.length) request.case_ids = [...run.case_filter];
	return request;
}

export function useRunActions(): RunActions {
	const client = useClient();
	const app = useActions();
	const notifier = useRunEndNotifier();

	const trigger = async (projectId: number, script: string, request: TriggerRunRequest) => {
		try {
			const run = await client.benches.triggerRun(projectId, script, request);
			notifier?.watch(run, projectId, script);
			const warnings = run.warnings?.length ? ` ${drawing.dash} warning: ${run.warnings.map(sanitize).join('; ')}` : '';
			app.notify(`started run ${run.id} of ${sanitize(script)} on ${sanitize(run.channel)}${warnings}`);
			// Each pre-flight warning is kept whole in the `!` log, under the trigger that raised it.
			for (const warning of run.warnings ?? []) app.warn(warning, `trigger ${script} (run ${run.id})`);
			return run;
		} catch (error) {
			app.reportError(error, `trigger ${sanitize(script)}`);
			return null;
		}
	};

	return {
		async cancel(run, script) {
			if (!isActive(run)) {
				app.notify(`run ${run.id} is ${run.status}; only pending or running runs can be canceled`);
				return null;
			}
			const yes = await app.confirm({ question: `Cancel run ${run.id} of ${describeRun(run, script)}?`, confirmLabel: 'Cancel run' });
			if (!yes) {
				app.notify(`run ${run.id} left running`);
				return null;
			}
			try {
				const after = await client.benchRuns.cancel(run.id);
				app.notify(`run ${run.id}: cancel requested (now ${after.status}; cases in flight finish first)`);
				return after;
			} catch (error) {
				app.reportError(error, `cancel run ${run.id}`);
				return null;
			}
		},
		async remove(run, script) {
			const yes = await app.confirm({
				question: `Delete run ${run.id} of ${describeRun(run, script)} and all its results?`,
				confirmLabel: 'Delete run',
			});
			if (!yes) {
				app.notify(`run ${run.id} kept`);
				return false;
			}
			try {
				await client.benchRuns.delete(run.id);
				app.notify(`run ${run.id} deleted`);
				return true;
			} catch (error) {
				app.reportError(error, `delete run ${run.id}`);
				return false;
			}
		},
		trigger,
		async rerun(run, projectId, script) {
			// One Shift away from `r` (refresh), and it starts a paid run: ask, No by default.
			const request = rerunRequest(run);
			const scope = request.mode === 'sampled' ? `a sample of ${request.sample_size}` : request.case_ids ? `${request.case_ids.length} chosen cases` : 'every case';
			const yes = await app.confirm({
				question: `Start a new run of ${sanitize(script)} on ${sanitize(request.channel)} with ${scope}, like run ${run.id}?`,
				confirmLabel: 'Start run',
			});
			if (!yes) {
				app.notify('no run started');
				return null;
			}
			return trigger(projectId, script, request);
		},
	};
}
