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
	/** Timeout of a whole REST call, and of a stream's connect phase only (an open stream may stay quiet). Default 30 000. */
	timeoutMs?: number;
	/** Retry policy for idempotent GETs. Default `{attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000}`. */
	retry?: {
		attempts?: number;
		baseDelayMs?: number;
		maxDelayMs?: number;
		/** How to wait between attempts (default: a timer). Tests inject one that records the delays. */
		sleep?: (ms: number) => Promise<void>;
	};
	/** Reconnect backoff of the hub stream (full jitter). Default `{baseDelayMs: 1000, maxDelayMs: 30_000}`. */
	reconnect?: { baseDelayMs?: number; maxDelayMs?: number };
}

export interface StreamOptions {
	signal?: AbortSignal;
}

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
	get(runId: number): Promise<BenchRun | null>;
	delete(runId: number): Promise<void>;
	listResults(runId: number): Promise<BenchResult[]>;
	/** Resolves once the server answered 2xx; a 401/403/404 rejects here with the typed error. */
	subscribeRunEvents(runId: number, options?: StreamOptions): Promise<BufferedSubscription<RunEvent>>;
	cancel(runId: number): Promise<BenchRun>;
	tagSession(runId: number, mcpSessionId: string): Promise<TagSessionResponse>;
	promoteExecution(executionId: string, request?: PromoteExecutionRequest): Promise<BenchCase>;
	compare(runA: number, runB: number): Promise<CompareReport>;
	getCase(caseId: string): Promise<ExecutionStatus | null>;
	patchCase(caseId: string, patch: PatchCaseRequest): Promise<BenchCase>;
	deleteCase(caseId: string): Promise<void>;
	benchById(benchId: number): Promise<BenchById | null>;
	mcpSessionCost(sessionId: string): Promise<McpSessionCost>;
}

/** Project-scoped bench calls (`/projects/{P}/...`). */
export interface BenchesApi {
	listSummaries(projectId: number): Promise<ProjectBenchSummary[]>;
	/** `null` when no bench is configured. */
	get(projectId: number, script: string): Promise<Bench | null>;
	/** Newest first; `[]` when no bench is configured. */
	listRuns(projectId: number, script: string, page?: { limit?: number; offset?: number }): Promise<BenchRun[]>;
	triggerRun(projectId: number, script: string, request: TriggerRunRequest): Promise<BenchRun>;
	/** `[]` when no bench is configured. */
	listCases(projectId: number, script: string): Promise<BenchCase[]>;
	createCase(projectId: number, script: string, request: CreateCaseRequest): Promise<BenchCase>;
	getSignature(projectId: number, script: string): Promise<ScriptSignature>;
	/** The empty report on 404. */
	contractDrift(projectId: number, script: string): Promise<DriftReport>;
}

export interface ProjectsApi {
	list(): Promise<Project[]>;
	get(projectId: number): Promise<Project | null>;
	listScripts(projectId: number): Promise<Script[]>;
	listChannels(projectId: number, script: string): Promise<ScriptChannel[]>;
}

export interface EventsApi {
	/** Hub `GET /events?project_id=`: yields the `Bench` events; reconnects with `Last-Event-ID` when ids are sent. */
	subscribeProject(projectId: number, options?: StreamOptions): Promise<BufferedSubscription<BenchEvent>>;
}

export interface Client {
	readonly baseUrl: string;
	readonly benchRuns: BenchRunsApi;
	readonly benches: BenchesApi;
	readonly projects: ProjectsApi;
	readonly events: EventsApi;
}
