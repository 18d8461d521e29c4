// Export paths typed at the prompt: `~` as a shell expands it, relative to the working directory otherwise.
import { expect, it } from 'vitest';
import { resolveExportPath } from '../../source/state/export-path.js';

const where = { home: '/home/dana', cwd: '/work/bench' };

it('expands ~ and ~/, leaves absolute paths, resolves relative ones against cwd', () => {
	expect(resolveExportPath('~/cmp.json', where)).toBe('/home/dana/cmp.json');
	expect(resolveExportPath(' ~ ', where)).toBe('/home/dana');
	expect(resolveExportPath('/tmp/x.md', where)).toBe('/tmp/x.md');
	expect(resolveExportPath('./out/x.md', where)).toBe('/work/bench/out/x.md');
	expect(resolveExportPath('~dana/x.md', where)).toBe('/work/bench/~dana/x.md'); // ~user is not expanded
});
