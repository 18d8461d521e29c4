// Loads what the inspector shows for one result of a run (see io/result-inspection), once per target: effects
// re-run when the view comes back from hiding (the pager, $EDITOR), and that must not reload (or reset) it.
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../client/errors.js';
import { loadInspection, type Inspection } from '../../../io/result-inspection.js';
import { useClient } from '../../context.js';

export type InspectionLoad = { state: 'loading' } | { state: 'error'; message: string } | ({ state: 'ready' } & Inspection);

export function useInspection(runId: number, caseId: string, resultId?: number): InspectionLoad {
	const client = useClient();
	const [load, setLoad] = useState<InspectionLoad>({ state: 'loading' });
	const loaded = useRef<string | null>(null);
	useEffect(() => {
		const key = `${runId}\u0000${caseId}\u0000${resultId ?? ''}`;
		if (loaded.current === key) return;
		const controller = new AbortController();
		setLoad({ state: 'loading' });
		loadInspection(client, { runId, caseId, resultId }, controller.signal).then(
			(inspection) => {
				if (controller.signal.aborted) return;
				loaded.current = key;
				setLoad({ state: 'ready', ...inspection });
			},
			(error: unknown) => !controller.signal.aborted && setLoad({ state: 'error', message: describeError(error) }),
		);
		return () => controller.abort();
	}, [client, runId, caseId, resultId]);
	return load;
}
