// The typed surface of the client. `createClient` (index.ts) implements it; everything else depends on this file only.
import type {
	Bench,
	BenchById,
	BenchCase,
	BenchEvent,
	BenchResult,
	BenchRun,
	CompareReport,
	CreateCaseRequest,
	DriftReport,
	ExecutionStatus,
	McpSessionCost,
	PatchCaseRequest,
	Project,
	ProjectBenchSummary,
	PromoteExecutionRequest,
	RunEvent,
	Script,
	ScriptChannel,
	ScriptSignature,
	TagSessionResponse,
	TriggerRunRequest,
} from '../wire/types.js';

export interface ClientOptions {
	baseUrl: string;
	token?: string;
	/** Sent as `X-Akribes-User` (advisory attribution only). */
	onBehalfOf?: string;
	/** Timeout of a whole REST call, body included. Default 30 000. */
	timeoutMs?: number;
	/** Connecting (TCP, TLS), for REST calls and streams alike. Default 5 000. */
	connectTimeoutMs?: number;
	/** Connecting and receiving the answer's status line, for REST calls and streams alike. Default 10 000. */
	firstByteTimeoutMs?: number;
	/** An open event stream silent this long (not even a keep-alive) is dropped and reconnected. Default 45 000. */
	streamIdleMs?: number;
	/** REST bodies larger than this are refused with a ProtocolError. Default 128 MiB. */
	maxBodyBytes?: number;
	/** One SSE event larger than this ends the stream. Default 8 MiB. */
	maxEventBytes?: number;
	/** Retry policy for idempotent GETs. Default `{attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000}`. */
	retry?: {
		attempts?: number;
		baseDelayMs?: number;
		maxDelayMs?: number;
		/** How to wait between attempts (default: a timer that the call's signal cuts short). Tests inject one that records the delays. */
		sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	};
	/** Reconnect backoff of the hub stream (full jitter). Default `{baseDelayMs: 1000, maxDelayMs: 30_000}`. */
	reconnect?: { baseDelayMs?: number; maxDelayMs?: number };
}

/**
 * Every call's last argument. `signal` is joined with the client's timeouts (`AbortSignal.any`); once it aborts, the
 * call rejects with `AbortedError` (`isAbortError(error)` tells it from a failure) and the request is torn down.
 */
export interface CallOptions {
	signal?: AbortSignal;
}

/** A stream's options: the signal also closes an open subscription. */
export type StreamOptions = CallOptions;

/** A live SSE subscription. Iteration ends after `terminal` (run stream) or when closed. */
export interface Subscription<T> extends AsyncIterable<T> {
	/** Tears the HTTP connection down; pending iteration ends. Idempotent. */
	close(): void;
	/** Frames skipped because their JSON did not parse or their event name was unknown. */
	readonly skipped: number;
}

/** A Subscription that can also hand out everything buffered at once: one await per network chunk, not per event. */
export interface BufferedSubscription<T> extends Subscription<T> {
	/** Yields non-empty arrays of events in arrival order. Use either this or the plain iterator, not both. */
	batches(): AsyncIterable<T[]>;
}

/** The seed's `BenchRunsClient`, method for method. */
export interface BenchRunsApi {
	get(runId: number, options?: CallOptions): Promise<BenchRun | null>;
	delete(runId: number, options?: CallOptions): Promise<void>;
	listResults(runId: number, options?: CallOptions): Promise<BenchResult[]>;
	/**
	 * The same rows as listResults, handed to `take` a network chunk at a time while the body streams (a 404 hands
	 * none). A retried or failed read may have handed over some rows already: consumers merge by result id.
	 */
	streamResults(runId: number, take: (rows: BenchResult[]) => void, options?: CallOptions): Promise<void>;
	/** Resolves once the server answered 2xx; a 401/403/404 rejects here with the typed error. */
	subscribeRunEvents(runId: number, options?: StreamOptions): Promise<BufferedSubscription<RunEvent>>;
	cancel(runId: number, options?: CallOptions): Promise<BenchRun>;
	tagSession(runId: number, mcpSessionId: string, options?: CallOptions): Promise<TagSessionResponse>;
	promoteExecution(executionId: string, request?: PromoteExecutionRequest, options?: CallOptions): Promise<BenchCase>;
	compare(runA: number, runB: number, options?: CallOptions): Promise<CompareReport>;
	getCase(caseId: string, options?: CallOptions): Promise<ExecutionStatus | null>;
	patchCase(caseId: string, patch: PatchCaseRequest, options?: CallOptions): Promise<BenchCase>;
	deleteCase(caseId: string, options?: CallOptions): Promise<void>;
	benchById(benchId: number, options?: CallOptions): Promise<BenchById | null>;
	mcpSessionCost(sessionId: string, options?: CallOptions): Promise<McpSessionCost>;
}

/** Project-scoped bench calls (`/projects/{P}/...`). */
export interface BenchesApi {
	listSummaries(projectId: number, options?: CallOptions): Promise<ProjectBenchSummary[]>;
	/** `null` when no bench is configured. */
	get(projectId: number, script: string, options?: CallOptions): Promise<Bench | null>;
	/** Newest first; `[]` when no bench is configured. */
	listRuns(projectId: number, script: string, page?: { limit?: number; offset?: number }, options?: CallOptions): Promise<BenchRun[]>;
	triggerRun(projectId: number, script: string, request: TriggerRunRequest, options?: CallOptions): Promise<BenchRun>;
	/** `[]` when no bench is configured. */
	listCases(projectId: number, script: string, options?: CallOptions): Promise<BenchCase[]>;
	createCase(projectId: number, script: string, request: CreateCaseRequest, options?: CallOptions): Promise<BenchCase>;
	getSignature(projectId: number, script: string, options?: CallOptions): Promise<ScriptSignature>;
	/** The empty report on 404. */
	contractDrift(projectId: number, script: string, options?: CallOptions): Promise<DriftReport>;
}

export interface ProjectsApi {
	list(options?: CallOptions): Promise<Project[]>;
	get(projectId: number, options?: CallOptions): Promise<Project | null>;
	listScripts(projectId: number, options?: CallOptions): Promise<Script[]>;
	listChannels(projectId: number, script: string, options?: CallOptions): Promise<ScriptChannel[]>;
}

export interface EventsApi {
	/** Hub `GET /events?project_id=`: yields the `Bench` events; reconnects with `Last-Event-ID` when ids are sent. */
	subscribeProject(projectId: number, options?: StreamOptions): Promise<BufferedSubscription<BenchEvent>>;
}

/** Requests waiting for their answer (connect and first byte), for a "waiting for <host>… (n s)" line. */
export interface Waits {
	/** When the longest-waiting request was sent (`Date.now()`), or undefined when none is waiting. */
	oldest(): number | undefined;
	/** Called whenever a request starts or stops waiting; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
}

export interface Client {
	readonly baseUrl: string;
	readonly waits: Waits;
	readonly benchRuns: BenchRunsApi;
	readonly benches: BenchesApi;
	readonly projects: ProjectsApi;
	readonly events: EventsApi;
}
