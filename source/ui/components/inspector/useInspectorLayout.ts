// The inspector's layout built a slice at a time (see LayoutBuilder): the first slice before the first frame, the
// rest between keys (one macrotask per slice), so a huge output shows at once and never freezes the keyboard.
import { useEffect, useMemo, useState } from 'react';
import { LayoutBuilder, type InspectorLayout, type InspectorSection } from '../../../state/inspector.js';

/** Milliseconds of layout per slice: well under a frame. */
const SLICE_MS = 8;

export interface LayoutProgress {
	/** Grows in place while `done` is false (each slice re-renders the view). */
	layout: InspectorLayout;
	done: boolean;
	progress: number;
}

export function useInspectorLayout(sections: readonly InspectorSection[], width: number, wrap: boolean): LayoutProgress {
	const builder = useMemo(() => {
		const created = new LayoutBuilder(sections, width, wrap);
		created.step(SLICE_MS);
		return created;
	}, [sections, width, wrap]);
	const [, setSlices] = useState(0);
	useEffect(() => {
		if (builder.done) return;
		let timer: NodeJS.Timeout;
		const slice = () => {
			const done = builder.step(SLICE_MS);
			setSlices((n) => n + 1);
			if (!done) timer = setTimeout(slice, 0);
		};
		timer = setTimeout(slice, 0);
		return () => clearTimeout(timer);
	}, [builder]);
	return { layout: builder.layout, done: builder.done, progress: builder.progress };
}
