// Loads data through the client when `deps` change; errors go to the App's banner. `reload` re-runs the load.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { useApp } from '../context.js';

export interface Loaded<T> {
	data: T | undefined;
	loading: boolean;
	/** Re-runs the load; resolves when done (errors are reported, not thrown). */
	reload: () => Promise<void>;
	/** Replaces the data locally (e.g. after a live update). */
	setData: (update: (previous: T | undefined) => T | undefined) => void;
}

/** `initial`: data already at hand on mount (see io/first-screen.ts); the first load is then skipped. */
export function useLoader<T>(load: () => Promise<T>, deps: DependencyList, context?: string, initial?: () => T | undefined): Loaded<T> {
	const app = useApp();
	const [data, setDataState] = useState<T | undefined>(() => initial?.());
	const [loading, setLoading] = useState(data === undefined);
	const skipFirstLoad = useRef(data !== undefined);
	const generation = useRef(0);
	const latestLoad = useRef(load);
	latestLoad.current = load;
	const report = useRef(app.reportError);
	report.current = app.reportError;

	const reload = useCallback(async () => {
		const mine = ++generation.current;
		setLoading(true);
		try {
			const value = await latestLoad.current();
			if (mine !== generation.current) return;
			setDataState(value);
		} catch (caught) {
			if (mine !== generation.current) return;
			report.current(caught, context);
		} finally {
			if (mine === generation.current) setLoading(false);
		}
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, deps);

	useEffect(() => {
		if (skipFirstLoad.current) skipFirstLoad.current = false;
		else void reload();
		const generations = generation;
		return () => {
			generations.current++;
		};
	}, [reload]);

	const setData = useCallback((update: (previous: T | undefined) => T | undefined) => setDataState(update), []);
	return { data, loading, reload, setData };
}
