// Route `inspect`: one result of a run full screen in the inspector — what went in (the case), what should have
// come out (expected, ground truth), what came out (the output), the judge's score and reason, and the errors.
// The feed (o, or Enter on the detail pane), the compare case view (o) and the case history open it.
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { Spinner } from '../components/Spinner.js';
import { useMemo } from 'react';
import { inspectorSections } from '../../state/inspector.js';
import { sanitize } from '../../look/sanitize.js';
import { glyphs } from '../../look/glyphs.js';
import { caseLabelOf } from '../components/inspector/title.js';
import { InspectorScreen } from '../components/inspector/InspectorScreen.js';
import { useInspection } from '../components/inspector/useInspection.js';
import { useApp } from '../context.js';
import type { Route } from '../routes.js';
import { drawing } from '../../look/drawing.js';

export function InspectView({ route }: { route: Extract<Route, { kind: 'inspect' }> }) {
	const app = useApp();
	const load = useInspection(route.runId, route.caseId, route.resultId);
	const sections = useMemo(() => (load.state === 'ready' ? inspectorSections(load) : []), [load]);
	if (load.state === 'loading') {
		return (
			<Text>
				<Spinner /> {`loading run ${route.runId}, case ${sanitize(route.caseId)}${drawing.ellipsis}`}
			</Text>
		);
	}
	if (load.state === 'error') {
		return (
			<Box flexDirection="column">
				<Text color="red" wrap="wrap">{`${glyphs.fail} ${sanitize(load.message)}`}</Text>
				<Text dimColor>Esc to go back</Text>
			</Box>
		);
	}
	const title = `run ${load.run.id} ${drawing.dot} ${caseLabelOf(load.result, load.benchCase)}`;
	return <InspectorScreen sections={sections} title={title} width={app.columns} height={app.viewRows} />;
}
