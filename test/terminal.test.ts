import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync, openSync} from 'node:fs';
import {connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/*
 * The built CLI in a real pseudo-terminal (tmux): open, visit every pane by
 * number and by Tab, move days, help, filter, resize, switch round, quit, and
 * check the terminal is given back: alternate screen left, cursor shown, exit 0.
 */
// Each session runs on its own tmux server (socket), so no test waits on or
// breaks another's server, and none starts a session on a server that is
// shutting down. Every server is killed and its socket removed at the end.
const sockets = new Set<string>();
const socketOf = (session: string) => `sitrep-test-${process.pid}-${session}`;
const tmux = (...args: string[]) => {
	const flag = args.findIndex((arg) => arg === '-t' || arg === '-s');
	const socket = socketOf(args[flag + 1]!);
	sockets.add(socket);
	return execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
};
let dir = '';

before(() => {
	execFileSync('bash', ['scripts/ensure-tmux.sh'], {stdio: 'inherit'});
	execFileSync(process.execPath, ['scripts/build.js'], {stdio: 'inherit'});
	dir = mkdtempSync(join(tmpdir(), 'sitrep-tty-'));
});
after(() => {
	for (const socket of sockets) {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
		rmSync(join(process.env['TMUX_TMPDIR'] ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), {force: true});
	}
	rmSync(dir, {recursive: true, force: true});
});

const screen = (session: string, escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', session);
const until = async (session: string, pattern: RegExp, shown = true): Promise<string> => {
	let text = '';
	for (let waited = 0; waited < 8000; waited += 50) {
		text = screen(session);
		if (pattern.test(text) === shown) return text;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	assert.fail(`${shown ? 'never showed' : 'still shows'} ${pattern} in:\n${text}`);
};
const keys = async (session: string, ...sequence: string[]) => {
	for (const key of sequence) {
		tmux('send-keys', '-t', session, key);
		await new Promise((resolve) => setTimeout(resolve, 60));
	}
};
// The built CLI by default; the fault tests run test/fixtures/fault-run.tsx instead.
const start = async (session: string, width: number, height: number, command = 'node dist/cli.js') => {
	const exitFile = join(dir, `${session}.exit`);
	// No CI variable: with it Ink draws only the last frame, and chalk drops colour even for CI=false.
	tmux(
		'new-session',
		'-d',
		'-s',
		session,
		'-x',
		String(width),
		'-y',
		String(height),
		`sh -c 'env -u FORCE_COLOR -u NO_COLOR -u CI ${command}; echo $? > ${exitFile}; echo SHELL-BACK; sleep 60'`,
	);
	await until(session, /Day 12 · Fri 21 May 2021/);
	return exitFile;
};
const lines = (text: string) => text.split('\n');

for (const [width, height] of [
	[80, 24],
	[120, 40],
] as const) {
	test(`a whole session at ${width}×${height}`, async () => {
		const session = `s${width}`;
		const exitFile = await start(session, width, height);
		assert.equal(tmux('display', '-p', '-t', session, '#{alternate_on}').trim(), '1', 'runs on the alternate screen');
		const opening = await until(session, /\[1 Overview\]/);
		assert.ok(lines(opening).filter((line) => line.trim()).length <= height - 1, 'the frame leaves the last row free');

		for (const [key, tab, content] of [
			['3', /\[3 Casualties\]/, /Palestinians in Gaza/],
			['4', /\[4 Diplomacy\]/, /Egyptian mediation/],
			['5', /\[5 Sources\]/, /★ commissioned article/],
			['2', /\[2 Escalation\]/, /Events · Day 12/],
			['1', /\[1 Overview\]/, /Key figures as of/],
		] as const) {
			await keys(session, key);
			await until(session, tab);
			await until(session, content);
		}
		await keys(session, 'Tab');
		await until(session, /\[2 Escalation\]/);
		await keys(session, 'BTab', 'BTab');
		await until(session, /\[6 Compare\]/);
		await keys(session, '1', 'Left', 'Left', 'l');
		await until(session, /Day 11 · Thu 20 May 2021/);
		await keys(session, 'Home');
		await until(session, /lead-up · Day -3/);
		await keys(session, 'G');
		await until(session, /aftermath · Day 13/);
		await keys(session, '?');
		await until(session, /Help — \? or Esc to close/);
		await keys(session, 'Escape');
		await until(session, /Help — /, false);
		await keys(session, '/', 'r', 'i', 's', 'h', 'o', 'n', 'Enter');
		await until(session, /Filter "rishon": 1 event/);
		await keys(session, 'Escape');
		await until(session, /Filter "rishon"/, false);

		tmux('resize-window', '-t', session, '-x', '100', '-y', '30');
		const resized = await until(session, /Day 13/);
		for (const line of lines(resized)) assert.ok(line.length <= 100);
		tmux('resize-window', '-t', session, '-x', '50', '-y', '12');
		await until(session, /terminal too small: 50×12/);
		tmux('resize-window', '-t', session, '-x', String(width), '-y', String(height));
		await until(session, /Day 13/);

		await keys(session, 'r');
		await until(session, /Day 8 · Wed 21 Nov 2012/);
		await keys(session, 'q');
		await until(session, /SHELL-BACK/);
		assert.equal(readFileSync(exitFile, 'utf8').trim(), '0');
		assert.equal(tmux('display', '-p', '-t', session, '#{alternate_on}').trim(), '0', 'alternate screen left');
		assert.equal(tmux('display', '-p', '-t', session, '#{cursor_flag}').trim(), '1', 'cursor shown');
		tmux('kill-session', '-t', session);
	});
}

test('Ctrl-C quits and restores the terminal too', async () => {
	const exitFile = await start('ctrlc', 80, 24);
	await keys('ctrlc', 'C-c');
	await until('ctrlc', /SHELL-BACK/);
	assert.equal(readFileSync(exitFile, 'utf8').trim(), '0');
	assert.equal(tmux('display', '-p', '-t', 'ctrlc', '#{alternate_on}').trim(), '0');
	assert.equal(tmux('display', '-p', '-t', 'ctrlc', '#{cursor_flag}').trim(), '1');
});

test('in colour by default; NO_COLOR and --no-color give no colour at all', async () => {
	await start('colour', 80, 24);
	assert.match(screen('colour', true), /\u001B\[[0-9;]*3\dm/, 'some colour is used');
	for (const [session, command] of [
		['nocolor', 'NO_COLOR=1 node dist/cli.js'],
		['flag', 'node dist/cli.js --no-color'],
	] as const) {
		await start(session, 80, 24, command);
		assert.doesNotMatch(screen(session, true), /\u001B\[[0-9;]*(3\d|4\d|9\d)(;[0-9;]*)?m/, `${session}: no colour codes`);
	}
	assert.ok(existsSync('dist/cli.js'));
});

const nodePid = (session: string) => {
	const shell = tmux('display', '-p', '-t', session, '#{pane_pid}').trim();
	return execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n')[0]!;
};
const restored = (session: string) => {
	assert.equal(tmux('display', '-p', '-t', session, '#{alternate_on}').trim(), '0', 'alternate screen left');
	assert.equal(tmux('display', '-p', '-t', session, '#{cursor_flag}').trim(), '1', 'cursor shown');
};

for (const signal of ['SIGTERM', 'SIGHUP'] as const)
	test(`${signal} ends the session and restores the terminal`, async () => {
		const session = signal.toLowerCase();
		const exitFile = await start(session, 80, 24);
		process.kill(Number(nodePid(session)), signal);
		await until(session, /SHELL-BACK/);
		assert.equal(readFileSync(exitFile, 'utf8').trim(), '0');
		restored(session);
	});

const faultRun = (fault: string) => `node --import tsx test/fixtures/fault-run.tsx ${fault}`;

test('a pane that fails to draw shows an error box; the rest of the app keeps working', async () => {
	const exitFile = await start('fault-pane', 80, 24, faultRun('pane'));
	await keys('fault-pane', '3');
	await until('fault-pane', /This pane could not be drawn/);
	await until('fault-pane', /injected fault/);
	await keys('fault-pane', '4');
	await until('fault-pane', /\[4 Diplomacy\]/);
	await until('fault-pane', /Egyptian mediation/);
	await keys('fault-pane', 'q');
	await until('fault-pane', /SHELL-BACK/);
	assert.equal(readFileSync(exitFile, 'utf8').trim(), '0');
	restored('fault-pane');
});

test('an internal error outside the panes still gives the terminal back, with one line and exit 1', async () => {
	const exitFile = await start('fault-crash', 80, 24, faultRun('crash'));
	const after = await until('fault-crash', /SHELL-BACK/);
	assert.equal(readFileSync(exitFile, 'utf8').trim(), '1');
	assert.match(after, /sitrep: stopped by an internal error: injected fault/);
	restored('fault-crash');
});

// An interactive shell with job control, as a reader has: Ctrl-Z and fg work on its jobs.
const startInShell = async (session: string, command: string) => {
	tmux(
		'new-session',
		'-d',
		'-s',
		session,
		'-x',
		'80',
		'-y',
		'24',
		'env -u FORCE_COLOR -u NO_COLOR -u CI PS1=PROMPT$ bash --norc --noprofile -i',
	);
	await until(session, /PROMPT\$/);
	tmux('send-keys', '-t', session, command, 'Enter');
	await until(session, /Day 12 · Fri 21 May 2021/);
};
const stateOf = (pid: string) => execFileSync('ps', ['-o', 'stat=', '-p', pid], {encoding: 'utf8'}).trim();
const waitFor = async (check: () => boolean, what: string) => {
	for (let waited = 0; waited < 8000; waited += 50) {
		if (check()) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	assert.fail(`never ${what}`);
};

test('Ctrl-Z suspends like other full-screen programs; fg takes the screen back, redraws, and keys work at once', async () => {
	const session = 'suspend';
	await startInShell(session, 'node dist/cli.js');
	const pid = nodePid(session);
	await keys(session, 'C-z');
	await until(session, /Stopped/);
	await waitFor(() => stateOf(pid).startsWith('T'), 'stopped');
	restored(session);
	await keys(session, 'f', 'g', 'Enter');
	await until(session, /Day 12 · Fri 21 May 2021/);
	assert.equal(tmux('display', '-p', '-t', session, '#{alternate_on}').trim(), '1', 'back on the alternate screen');
	// Raw mode again: one key, no Enter, switches pane.
	await keys(session, '3');
	await until(session, /\[3 Casualties\]/);
	// A stop sent from outside (kill -TSTP) gives the terminal back too; fg (SIGCONT in the foreground) redraws.
	process.kill(Number(pid), 'SIGTSTP');
	await waitFor(() => stateOf(pid).startsWith('T'), 'stopped by SIGTSTP');
	restored(session);
	// The shell's second "Stopped" line: its prompt is back.
	await until(session, /Stopped[\s\S]*Stopped/);
	await keys(session, 'f', 'g', 'Enter');
	await until(session, /\[3 Casualties\]/);
	assert.equal(tmux('display', '-p', '-t', session, '#{alternate_on}').trim(), '1');
	await keys(session, 'q');
	await until(session, /PROMPT\$\s*$/);
	restored(session);
});

test('SIGQUIT ends the session and restores the terminal', async () => {
	await start('sigquit', 80, 24);
	process.kill(Number(nodePid('sigquit')), 'SIGQUIT');
	await until('sigquit', /SHELL-BACK/);
	restored('sigquit');
});

test('SIGUSR1 opens no inspector: nothing listens on port 9229 and the app keeps running', async () => {
	const errors = join(dir, 'usr1.err');
	tmux(
		'new-session',
		'-d',
		'-s',
		'usr1',
		'-x',
		'80',
		'-y',
		'24',
		`sh -c 'env -u FORCE_COLOR -u NO_COLOR -u CI node dist/cli.js 2>${errors}; sleep 60'`,
	);
	await until('usr1', /Day 12/);
	const pid = nodePid('usr1');
	process.kill(Number(pid), 'SIGUSR1');
	await new Promise((resolve) => setTimeout(resolve, 1500));
	const listening = await new Promise<boolean>((resolve) => {
		const socket = connect(9229, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
	assert.equal(listening, false, 'something listens on 9229');
	assert.doesNotMatch(readFileSync(errors, 'utf8'), /Debugger listening/);
	await keys('usr1', '4');
	await until('usr1', /\[4 Diplomacy\]/);
});

test('TERM=dumb gets the frame once as plain text, without the alternate screen', async () => {
	const exitFile = join(dir, 'dumb.exit');
	tmux(
		'new-session',
		'-d',
		'-s',
		'dumb',
		'-x',
		'80',
		'-y',
		'24',
		`sh -c 'env -u FORCE_COLOR -u NO_COLOR -u CI TERM=dumb node dist/cli.js; echo $? > ${exitFile}; echo SHELL-BACK; sleep 60'`,
	);
	const text = await until('dumb', /SHELL-BACK/);
	// The frame fills the screen, so its header line scrolls off when the shell prints after it.
	assert.match(text, /Key figures as of Fri 21 May/);
	assert.equal(readFileSync(exitFile, 'utf8').trim(), '0');
	assert.doesNotMatch(screen('dumb', true), /\u001B\[[0-9;]*(3\d|4\d|9\d)(;[0-9;]*)?m/, 'no colour');
	assert.equal(tmux('display', '-p', '-t', 'dumb', '#{alternate_on}').trim(), '0');
});

test('characters terminals draw at another width (Hangul filler, skin tones, VS16, U+2028) keep every line inside the screen', async () => {
	const file = join(dir, 'widths.json');
	const odd = 'ㅤ👍🏽☺️ one\u2028two ❤️ ᅟﾠ 👋🏿';
	writeFileSync(
		file,
		JSON.stringify({
			...JSON.parse(readFileSync('data/gaza-2021.json', 'utf8')),
			id: 'widths',
			title: `${odd} ${odd} ${odd} ${'a long title '.repeat(10)}`,
			// At 80 columns the header may show the short title: it carries the odd characters too.
			shortTitle: odd,
			start: '2031-05-10',
			end: '2031-05-21',
			leadUpFrom: undefined,
			aftermathUntil: undefined,
			events: [],
			figures: [],
			initiatives: [],
			statements: [],
			dayNotes: undefined,
		}),
	);
	const output = join(dir, 'widths.txt');
	execFileSync(process.execPath, ['dist/cli.js', '--data', file, '--round', 'widths', '--snapshot', '--width', '80', '--height', '20'], {
		env: {...process.env, NO_COLOR: '1'},
		stdio: ['ignore', openSync(output, 'w'), 'ignore'],
	});
	const expected = readFileSync(output, 'utf8').replace(/\n$/, '').split('\n');
	assert.ok(expected.length >= 10, String(expected.length));
	assert.match(expected[0]!, /👍☺ one two ❤/, 'the title is drawn, its emoji kept');
	tmux('new-session', '-d', '-s', 'widths', '-x', '80', '-y', '30', `sh -c 'cat ${output}; echo END; sleep 60'`);
	const drawn = (await until('widths', /^END$/m)).split('\n');
	// Had any character been drawn wider than counted, its line would wrap (or a border shift) in tmux.
	assert.deepEqual(
		drawn.slice(0, expected.length).map((line) => line.trimEnd()),
		expected.map((line) => line.trimEnd()),
	);
	assert.equal(drawn[expected.length], 'END');
});

/*
 * The first frame is painted by the string renderer while Ink loads, then Ink
 * writes its first frame from the same place: the two must be the same bytes,
 * or whatever the first left beyond the second's lines would stay on screen.
 */
for (const [width, height] of [
	[80, 24],
	[120, 40],
] as const)
	test(`at ${width}×${height} the frame painted before Ink starts is the frame Ink draws over it, and keys work at once`, async () => {
		const session = `first-${width}`;
		const raw = join(dir, `${session}.raw`);
		const exitFile = await start(session, width, height, `script -qefc "node dist/cli.js" ${raw}`);
		await keys(session, '3');
		const shown = await until(session, /\[3 Casualties\]/);
		// Nothing shifted: the header on the first line, the key hints on the last but one.
		assert.match(lines(shown)[0]!, /Day 12 · Fri 21 May 2021/);
		assert.match(lines(shown)[height - 2]!, /q quit/);
		assert.doesNotMatch(shown, /\[1 Overview\]/, 'nothing of the first frame is left');
		await keys(session, 'q');
		await until(session, /SHELL-BACK/);
		assert.equal(readFileSync(exitFile, 'utf8').trim(), '0');
		const output = readFileSync(raw, 'utf8').replaceAll('\r\n', '\n');
		const opened = output.indexOf('\u001B[?1049h\u001B[H') + '\u001B[?1049h\u001B[H'.length;
		// Painted ahead: cursor hidden, the frame, cursor home.
		const painted = /^\u001B\[\?25l([^]*?)\u001B\[H/.exec(output.slice(opened));
		assert.ok(painted, 'a frame is painted before Ink starts');
		// Ink's first write, inside a synchronised update when the terminal has them.
		const rest = output.slice(opened + painted[0].length).replace(/^\u001B\[\?2026h/, '');
		const inkFirst = /^(?:\u001B\[\?25l)?([^]*?)(?:\u001B\[\?2026l|$)/.exec(rest)![1]!;
		assert.equal(inkFirst, `${painted[1]}\n`);
		assert.match(painted[1]!, /Day 12 · Fri 21 May 2021/);
	});
