// Time to measure the lines of one 120-column frame (compare rows with glyphs, ANSI-styled lines, a CJK/emoji row)
// with string-width 8.3.0 and with source/look/string-width.ts (the bundle's only copy); same answers, checked.
import real from '../node_modules/string-width/index.js';
import ours from '../source/look/string-width.js';

const ROWS = [
	'› customer-invoice-0042 … refund request      86.0    40.0   ▼ -46.0 regressed      $0.0041   $0.0050   +$0.0009 ▲ more',
	'\u001B[7m  case 12345 summary of the ticket          \u001B[27m\u001B[32m▲ +3.0 improved\u001B[39m',
	'  plain ascii row with numbers 100.0 $0.0031 4.8s hit',
	'projects › project 1 › classify-ticket',
	'████████████░░░░░░░░░░ 105/400  ✓ 102 ok  ≡ 0 cached  ✗ 2 workflow failed',
	'要約テスト用ケース 🧪 長い名前の例です   72.0  $0.00',
];
const FRAMES = 2000;
const lines = Array.from({ length: 40 }, (_, i) => ROWS[i % ROWS.length].replace('12345', String(i)));

function perFrame(measure: (text: string) => number): { ms: number; total: number } {
	const start = performance.now();
	let total = 0;
	for (let frame = 0; frame < FRAMES; frame++) for (const line of lines) total += measure(line);
	return { ms: (performance.now() - start) / FRAMES, total };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = { real: [] as number[], ours: [] as number[] };
for (let round = 0; round < 5; round++) {
	const a = perFrame(real);
	const b = perFrame(ours);
	if (a.total !== b.total) throw new Error(`different answers: ${a.total} vs ${b.total}`);
	runs.real.push(a.ms);
	runs.ours.push(b.ms);
}
console.log('string-width per 40-line frame (median of 5 × 2000 frames)');
console.log(`  string-width 8.3.0:      ${median(runs.real).toFixed(3)} ms`);
console.log(`  look/string-width.ts:    ${median(runs.ours).toFixed(3)} ms (${(median(runs.real) / median(runs.ours)).toFixed(1)}× faster)`);
