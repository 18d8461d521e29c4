// The feed's detail pane shows the inspector's sections for the selected result; a live row has no workflow
// output until the /results read path is fetched, and this says where that fetch stands.
import { drawing } from '../look/drawing.js';

/** `deferred`: not fetched while following a live run (each fetch downloads the whole run's /results). */
export type OutputState = 'known' | 'loading' | 'deferred' | 'unavailable';

const OUTPUT_NOTE: Record<Exclude<OutputState, 'known'>, string> = {
	loading: `(loading${drawing.ellipsis})`,
	deferred: `(loaded when follow mode is paused: k or ${drawing.arrowUp})`,
	unavailable: '(not available)',
};

/** What the output section says while the output is not known; undefined once it is. */
export function outputNote(state: OutputState): string | undefined {
	return state === 'known' ? undefined : OUTPUT_NOTE[state];
}
