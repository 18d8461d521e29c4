// The `/results` body as a stream: the JSON array is written a page of rows at a time (keyset paging on the result id),
// each page produced in a shared time slice (time-slices.ts) once the socket has drained, so that a listing of 100k
// results neither blocks the other requests nor sits whole in memory. It is a snapshot: the results recorded when the request
// arrived, none recorded while it streams (the run's event stream carries those).
import type { Store } from './store.js';
import { inTimeSlice } from './time-slices.js';
import { resultReadText } from './wire.js';

/** Rows per page: about 55 KB of JSON and about a millisecond of work. */
const PAGE_ROWS = 100;

/**
 * `abort` cuts the response (the client sees a broken transfer, never a short but well-formed array) when a page cannot
 * be read, e.g. the database closing under a listing at shutdown. The stream itself never errors: the HTTP adapter would
 * log the error and append its message to the body.
 */
export function resultsJsonStream(store: Store, runId: number, threshold: number, abort: () => void, pageRows = PAGE_ROWS): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const throughId = store.lastResultId(runId);
	let afterId = 0;
	let first = true;
	let canceled = false;
	return new ReadableStream<Uint8Array>(
		{
			pull: (controller) =>
				inTimeSlice(() => {
					if (canceled) return;
					let rows;
					try {
						rows = store.resultPage(runId, afterId, throughId, pageRows);
					} catch {
						canceled = true;
						abort();
						return;
					}
					let text = first ? '[' : '';
					for (const [index, row] of rows.entries()) text += (first && index === 0 ? '' : ',') + resultReadText(row, threshold, row.case_name);
					if (rows.length > 0) {
						afterId = rows[rows.length - 1].id;
						first = false;
					}
					if (rows.length < pageRows) {
						controller.enqueue(encoder.encode(`${text}]`));
						controller.close();
					} else {
						controller.enqueue(encoder.encode(text));
					}
				}),
			cancel() {
				canceled = true;
			},
		},
		{ highWaterMark: 0 },
	);
}
