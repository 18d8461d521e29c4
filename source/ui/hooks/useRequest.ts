// The one way a view loads data: the request gets an AbortSignal that aborts on unmount, on a change of `deps` and
// when `reload` starts a newer request, so a late answer never lands in a view that moved on.
import { useCallback, useEffect, useEffectEvent, useRef, useState, type DependencyList } from 'react';
import { isAbortError } from '../../client/errors.js';
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

	const start = useEffectEvent((signal: AbortSignal) => request(signal));
	const answered = useEffectEvent((value: T) => {
		setData(value);
		setError(undefined);
		setLoading(false);
		options.onData?.(value);
	});
	const failed = useEffectEvent((caught: unknown) => {
		setError(caught);
		setLoading(false);
		if (options.onError) options.onError(caught);
		else app.reportError(caught, options.context);
	});

	useEffect(() => {
		if (skipFirst.current) {
			skipFirst.current = false;
			return;
		}
		const controller = new AbortController();
		setLoading(true);
		start(controller.signal).then(
			(value) => controller.signal.aborted || answered(value),
			(caught: unknown) => controller.signal.aborted || isAbortError(caught) || failed(caught),
		);
		return () => controller.abort();
		// The caller's deps (checked at the call site: `useRequest` is in exhaustive-deps' additionalHooks) and reloads.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [...deps, attempt]);

	const reload = useCallback(() => setAttempt((n) => n + 1), []);
	return { data, error, loading, reload, setData };
}
