// Validating a trigger request and inserting the `pending` run (§6.1 POST …/bench/runs, §8 #4–#6, §11 #21–#24).
import type { TriggerRunRequest } from '../wire/types.js';
import { benchContext, channelVersion, signatureOf, versionRef } from './catalog.js';
import { contractBreaks, contractErrorMessage } from './contract.js';
import { seededRandom } from './hashing.js';
import { badRequest } from './http-error.js';
import type { BenchRow, RunRow } from './rows.js';
import type { Store } from './store.js';

export interface Triggered {
	run: RunRow;
	warnings: string[];
}

function describeIds(ids: string[]): string {
	const shown = ids.slice(0, 5).join(', ');
	return ids.length > 5 ? `${shown} …and ${ids.length - 5} more` : shown;
}

export function insertTriggeredRun(store: Store, bench: BenchRow, body: unknown, triggeredBy: string | null, now: string): Triggered {
	const request = (body ?? {}) as Partial<TriggerRunRequest>;
	if (typeof request.channel !== 'string' || request.channel === '') throw badRequest('channel is required');
	const mode = request.mode ?? 'full';
	if (mode !== 'full' && mode !== 'sampled') throw badRequest('mode must be "full" or "sampled"');
	if (request.notes !== undefined && request.notes !== null && typeof request.notes !== 'string') throw badRequest('notes must be a string');
	if (request.case_ids !== undefined && (!Array.isArray(request.case_ids) || request.case_ids.some((id) => typeof id !== 'string'))) {
		throw badRequest('case_ids must be an array of strings');
	}
	if (mode === 'sampled' && (!Number.isInteger(request.sample_size) || (request.sample_size as number) < 1)) {
		throw badRequest('sample_size must be an integer >= 1 when mode is "sampled"');
	}
	if (request.sample_size !== undefined && request.sample_size !== null && !Number.isSafeInteger(request.sample_size)) {
		throw badRequest(`sample_size must be an integer between 1 and ${Number.MAX_SAFE_INTEGER}`);
	}

	const { script, judgeScript } = benchContext(store, bench);
	if (!judgeScript) throw badRequest('bench has no judge configured');
	const workflowVersion = channelVersion(store, script.id, request.channel);
	if (!workflowVersion) throw badRequest(`channel "${request.channel}" has no version`);
	const judgeVersion = channelVersion(store, judgeScript.id, bench.judge_channel);
	if (!judgeVersion) throw badRequest(`judge channel "${bench.judge_channel}" has no version`);
	const breaks = contractBreaks(signatureOf(workflowVersion), signatureOf(judgeVersion));
	if (breaks.length > 0) throw badRequest(contractErrorMessage(breaks));

	let selected = store.caseIds(bench.id);
	let caseFilter: string[] | null = null;
	if (request.case_ids && request.case_ids.length > 0) {
		const known = new Set(selected);
		const unknown = request.case_ids.filter((id) => !known.has(id));
		if (unknown.length > 0) throw badRequest(`unknown case id(s): ${describeIds(unknown)}`);
		selected = [...new Set(request.case_ids)];
		caseFilter = selected;
	}
	if (selected.length === 0) throw badRequest('bench has no cases to run');
	if (mode === 'sampled') {
		const random = seededRandom(store.maxCaseSeq(bench.id) * 7919 + Date.now());
		const pool = [...selected];
		for (let i = pool.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[pool[i], pool[j]] = [pool[j], pool[i]];
		}
		selected = pool.slice(0, Math.min(request.sample_size!, pool.length));
		caseFilter = selected;
	}

	const run = store.insertRun({
		bench_id: bench.id,
		channel: request.channel,
		workflow_version_id: workflowVersion.id,
		judge_version_id: judgeVersion.id,
		status: 'pending',
		triggered_by: triggeredBy,
		triggered_at: now,
		completed_at: null,
		total_cost_usd: 0,
		total_cases: selected.length,
		cache_hit_cases: 0,
		notes: typeof request.notes === 'string' ? request.notes : null,
		mcp_session_id: null,
		case_filter: caseFilter === null ? null : JSON.stringify(caseFilter),
		case_seq_cutoff: store.maxCaseSeq(bench.id),
		mode,
		sample_size: mode === 'sampled' ? request.sample_size! : null,
	});
	const warning = versionRef(workflowVersion).behavior.warning;
	return { run, warnings: warning ? [warning.replace('{n}', String(selected.length))] : [] };
}
