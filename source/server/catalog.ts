// Resolving scripts, versions, channels and signatures from the store.
import type { ScriptSignature } from '../wire/types.js';
import type { Behavior, VersionRef } from './simulate.js';
import type { Store } from './store.js';
import type { BenchRow, ScriptRow, VersionRow } from './rows.js';

export const signatureOf = (v: VersionRow): ScriptSignature => JSON.parse(v.signature) as ScriptSignature;

export const versionRef = (v: VersionRow): VersionRef => ({ id: v.id, behavior: JSON.parse(v.behavior) as Behavior });

export function channelVersion(store: Store, scriptId: number, channel: string): VersionRow | undefined {
	const row = store.channel(scriptId, channel);
	return row?.version_id == null ? undefined : store.version(row.version_id);
}

/** §11 #37: the requested channel; by default `production` if published, else the draft (latest version). */
export function signatureVersion(store: Store, scriptId: number, channel?: string): VersionRow | undefined {
	if (channel) return channelVersion(store, scriptId, channel);
	return channelVersion(store, scriptId, 'production') ?? channelVersion(store, scriptId, 'draft') ?? store.latestVersion(scriptId);
}

/** The signature case writes are checked against (same default as GET …/signature). */
export function caseSignature(store: Store, scriptId: number): ScriptSignature | undefined {
	const version = signatureVersion(store, scriptId);
	return version ? signatureOf(version) : undefined;
}

export interface BenchContext {
	bench: BenchRow;
	script: ScriptRow;
	judgeScript: ScriptRow | undefined;
}

export function benchContext(store: Store, bench: BenchRow): BenchContext {
	const script = store.scriptById(bench.script_id)!;
	const judgeScript = bench.judge_script_id === null ? undefined : store.scriptById(bench.judge_script_id);
	return { bench, script, judgeScript };
}
