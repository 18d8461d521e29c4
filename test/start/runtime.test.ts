// Shows in the suite's output which Node runs it: npm scripts must use the `node` devDependency (24), not the system one.
import { expect, test } from 'vitest';

test('the suite runs on Node 22 or newer', () => {
	console.log(`suite runtime: Node ${process.version} (${process.execPath})`);
	expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
});
