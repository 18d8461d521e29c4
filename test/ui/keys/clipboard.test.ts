// Honest copy: real processes on a PATH of stand-in tools (they record what they were given), and the message says
// which way the text went. No TMUX, no desktop and SSH: OSC 52 is written, and called "sent", not "copied".
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { copyToClipboard, osc52 } from '../../../source/ui/osc52.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'clipboard-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in command that saves its arguments and stdin under `dir`, exiting with `code`. */
function tool(name: string, code = 0) {
	const script = join(dir, name);
	writeFileSync(script, `#!/bin/sh\necho "$@" > "${dir}/${name}.args"\ncat > "${dir}/${name}.in"\nexit ${code}\n`);
	chmodSync(script, 0o755);
}
/** The stand-ins first, then the system's sh and cat (which they use). */
const path = () => `${dir}:/usr/bin:/bin`;
const given = (name: string) => readFileSync(join(dir, `${name}.in`), 'utf8');
const args = (name: string) => readFileSync(join(dir, `${name}.args`), 'utf8').trim();

function terminal() {
	const stream = new PassThrough();
	let written = '';
	stream.on('data', (chunk) => (written += chunk));
	return { stream, written: () => written };
}

describe('copy', () => {
	test('inside tmux: into the tmux buffer (load-buffer -w, which also offers it to the outer clipboard)', async () => {
		tool('tmux');
		const out = terminal();
		expect(await copyToClipboard('run 812', { stream: out.stream, env: { PATH: path(), TMUX: '/tmp/tmux-0/default,1,0' } })).toBe('copied to the tmux buffer');
		expect(given('tmux')).toBe('run 812');
		expect(args('tmux')).toBe('load-buffer -w -');
		expect(out.written()).toBe('');
	});

	test('an old tmux without -w: the buffer still gets it', async () => {
		writeFileSync(join(dir, 'tmux'), `#!/bin/sh\nfor a in "$@"; do [ "$a" = -w ] && exit 1; done\ncat > "${dir}/tmux.in"\n`);
		chmodSync(join(dir, 'tmux'), 0o755);
		expect(await copyToClipboard('abc', { env: { PATH: path(), TMUX: 'x' } })).toBe('copied to the tmux buffer');
		expect(given('tmux')).toBe('abc');
	});

	test('a local desktop: wl-copy on Wayland, xclip on X11; a failing tool falls back to OSC 52', async () => {
		tool('wl-copy');
		tool('xclip');
		expect(await copyToClipboard('one', { env: { PATH: path(), WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' } })).toBe('copied to the clipboard (wl-copy)');
		expect(given('wl-copy')).toBe('one');
		expect(await copyToClipboard('two', { env: { PATH: path(), DISPLAY: ':0' } })).toBe('copied to the clipboard (xclip)');
		expect(args('xclip')).toBe('-selection clipboard');
		tool('xclip', 1);
		const out = terminal();
		expect(await copyToClipboard('three', { stream: out.stream, env: { PATH: path(), DISPLAY: ':0' } })).toBe('sent to the terminal clipboard (OSC 52)');
		expect(out.written()).toBe(osc52('three'));
	});

	test('over SSH the desktop tools are not the user\'s: OSC 52, sanitized', async () => {
		tool('xclip');
		const out = terminal();
		const done = await copyToClipboard('id\x1b]0;evil\x07 812', { stream: out.stream, env: { PATH: path(), DISPLAY: ':10', SSH_CONNECTION: '10.0.0.1 5 10.0.0.2 22' } });
		expect(done).toBe('sent to the terminal clipboard (OSC 52)');
		expect(Buffer.from(/52;c;([^\x07]*)/.exec(out.written())![1], 'base64').toString('utf8')).not.toContain('\x1b');
	});
});
