// The one way a view loads data: the request gets an AbortSignal that aborts on unmount, on a change of `deps` and
// when `reload` starts a newer request, so a late answer never lands in a view that moved on. When the server cannot
// be reached it asks again by itself, backing off, so a view recovers without a key when the server comes back.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type DependencyList } from 'react';
import { isAbortError, isUnreachable } from '../../client/errors.js';
import { useActions } from '../context.js';

export interface RequestOptions<T> {
	/** Names what failed in the banner (`cases of x`). */
	context?: string;
	/** Handles a failure instead of the banner (aborts are never failures). */
	onError?: (error: unknown) => void;
	/** Called with each answer (for views that merge it into state of their own). */
	onData?: (data: T) => void;
	/** Data already at hand on mount (see io/first-screen.ts): the first request is then skipped. */
	initial?: () => T | undefined;
}

export interface Request<T> {
	/** The last answer; kept while a newer request runs. */
	data: T | undefined;
	/** The last failure, cleared by the next answer. */
	error: unknown;
	loading: boolean;
	/** Asks again (aborting a request still running). */
	reload: () => void;
	/**
	 * Asks again now and settles with the answer (for a poll that must know whether it failed); the answer is kept as
	 * usual. Aborted when the view unmounts, or by `signal`.
	 */
	refresh: (signal?: AbortSignal) => Promise<T>;
	/** While the server cannot be reached: when the next attempt starts (epoch ms); null otherwise. */
	retryAt: number | null;
	/** Replaces the data locally (e.g. after a live update or a delete). */
	setData: (update: (previous: T | undefined) => T | undefined) => void;
}

/**
 * Runs `request` on mount, when `deps` change and on `reload`.
 *
 * @example
 * const projects = useRequest((signal) => client.projects.list({ signal }), [client], { context: 'projects' });
 */
export function useRequest<T>(request: (signal: AbortSignal) => Promise<T>, deps: DependencyList, options: RequestOptions<T> = {}): Request<T> {
	const app = useActions();
	const [attempt, setAttempt] = useState(0);
	const [data, setData] = useState<T | undefined>(() => options.initial?.());
	const [error, setError] = useState<unknown>(undefined);
	const [loading, setLoading] = useState(data === undefined);
	const skipFirst = useRef(data !== undefined);
	const [retryAt, setRetryAt] = useState<number | null>(null);
	const unreachableStreak = useRef(0);

	// The caller's latest request and options, read when an answer arrives and by `refresh`, which key handlers and
	// polls call outside any effect (where an effect event cannot be called): set after each commit, before the next key.
	const latest = useRef({ request, options, app });
	useLayoutEffect(() => {
		latest.current = { request, options, app };
	});
	// `refresh` requests still running: unmounting aborts them like the effect's own request.
	const refreshes = useRef(new Set<AbortController>());
	useEffect(() => {
		const running = refreshes.current;
		return () => {
			for (const controller of running) controller.abort();
		};
	}, []);
	const answered = useCallback((value: T) => {
		unreachableStreak.current = 0;
		setRetryAt(null);
		setData(value);
		setError(undefined);
		setLoading(false);
		latest.current.options.onData?.(value);
	}, []);
	const failed = useCallback((caught: unknown) => {
		setError(caught);
		setLoading(false);
		if (isUnreachable(caught)) {
			// 1 s, 2 s, 4 s … 30 s; the banner only once per outage, the view's own line counts down meanwhile.
			const delay = Math.min(30_000, 1000 * 2 ** unreachableStreak.current);
			unreachableStreak.current += 1;
			setRetryAt(Date.now() + delay);
			if (unreachableStreak.current > 1) return;
		}
		const { options: current, app: actions } = latest.current;
		if (current.onError) current.onError(caught);
		else actions.reportError(caught, current.context);
	}, []);

	useEffect(() => {
		if (retryAt === null) return;
		const timer = setTimeout(() => setAttempt((n) => n + 1), Math.max(0, retryAt - Date.now()));
		return () => clearTimeout(timer);
	}, [retryAt]);

	useEffect(() => {
		if (skipFirst.current) {
			skipFirst.current = false;
			return;
		}
		const controller = new AbortController();
		setLoading(true);
		latest.current.request(controller.signal).then(
			(value) => controller.signal.aborted || answered(value),
			(caught: unknown) => controller.signal.aborted || isAbortError(caught) || failed(caught),
		);
		return () => controller.abort();
		// The caller's deps (checked at the call site: `useRequest` is in exhaustive-deps' additionalHooks) and reloads.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [...deps, attempt]);

	const reload = useCallback(() => setAttempt((n) => n + 1), []);
	const refresh = useCallback(async (signal?: AbortSignal) => {
		const controller = new AbortController();
		refreshes.current.add(controller);
		const aborted = signal ? AbortSignal.any([controller.signal, signal]) : controller.signal;
		try {
			const value = await latest.current.request(aborted);
			aborted.throwIfAborted();
			answered(value);
			return value;
		} catch (caught) {
			if (!aborted.aborted && !isAbortError(caught)) failed(caught);
			throw caught;
		} finally {
			refreshes.current.delete(controller);
		}
	}, [answered, failed]);
	return { data, error, loading, retryAt, reload, refresh, setData };
}
