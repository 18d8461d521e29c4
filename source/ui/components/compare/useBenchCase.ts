// The bench's case (inputs, expected output, ground truth) for the compare case view, from the shared case list.
import { useEffect, useState } from 'react';
import type { BenchRun } from '../../../wire/types.js';
import type { CaseLookup } from '../../../state/inspector.js';
import { caseOf } from '../../../io/result-inspection.js';
import { useClient } from '../../context.js';

/** `caseId` null: no case open (nothing is loaded). */
export function useBenchCase(run: BenchRun, caseId: string | null): CaseLookup {
	const client = useClient();
	const [found, setFound] = useState<{ caseId: string; lookup: CaseLookup } | null>(null);
	useEffect(() => {
		if (caseId === null) return;
		let live = true;
		void caseOf(client, run, caseId).then((lookup) => live && setFound({ caseId, lookup }));
		return () => {
			live = false;
		};
	}, [client, run, caseId]);
	return found !== null && found.caseId === caseId ? found.lookup : 'loading';
}
