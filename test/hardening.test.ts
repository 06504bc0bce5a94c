import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync, type SpawnSyncOptions} from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
	symlinkSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {cleanText, jsonNeedsCleaning} from '../source/data/clean-text.js';
import {loadRound} from '../source/data/load-round.js';
import {truncate} from '../source/ui/text.js';
import {formatValue} from '../source/view/text.js';
import {makeRound} from './helpers.js';
// @ts-expect-error: a plain JavaScript build script, without types.
import {bundle} from '../scripts/bundle.js';

/*
 * Issue 14: hostile inputs at every exit. Each test reproduces one fault the
 * adversarial review found; the tmux ones (signals, widths as drawn) are in
 * test/terminal.test.ts.
 */
// The CLI as shipped (bundled; tsx is several times slower to start on a busy machine), built for this file
// alone next to dist/cli.js, so the bundled data folder resolves the same way.
// .mjs: dist/package.json declares CommonJS for the loader; this bundle is ESM.
const cli = `dist/test-hardening-${process.pid}.mjs`;
const sitrep = (args: string[], options: SpawnSyncOptions = {}) => {
	const result = spawnSync(process.execPath, [cli, ...args], {
		encoding: 'utf8',
		// A hang (a FIFO waited on, /dev/zero read forever) ends here, and fails the test.
		timeout: 30_000,
		env: {...process.env, NO_COLOR: '1'},
		...options,
	});
	return {code: result.status, stdout: String(result.stdout), stderr: String(result.stderr), signal: result.signal};
};
// ESC, BEL, C1 and the OSC string terminator: none may reach a terminal from data, names or messages.
const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const oneLine = (text: string) => text.trim().split('\n').length === 1;
const noStack = (text: string) => assert.doesNotMatch(text, /\n\s+at |Error:|node:internal/, text);

let dir = '';
before(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-harden-'));
	await bundle('source/cli.tsx', cli);
});
after(() => {
	rmSync(dir, {recursive: true, force: true});
	rmSync(cli, {force: true});
});
const write = (name: string, content: string | Buffer) => {
	const file = join(dir, name);
	writeFileSync(file, content);
	return file;
};

const sample = readFileSync('test/fixtures/acled-synthetic-sample.csv', 'utf8');
// OSC 0 retitles the window (tmux pane title), OSC 52 writes the clipboard.
const title = '\u001B]0;pwned\u0007';
const clipboard = '\u001B]52;c;cHduZWQ=\u0007';
const hostileCsv = () => {
	const [header, first, ...rest] = sample.trimEnd().split('\n');
	// A bad fatalities cell quoting the escapes: the problem line quotes the cell back.
	const bad = first!.replace(/,3,,1700000000$/, `,"3${title}${clipboard}",,1700000000`);
	return `${[header, bad, ...rest].join('\n')}\n`;
};

test('escape sequences in an ACLED cell never reach the terminal through validate or --data', () => {
	const file = write('hostile.csv', hostileCsv());
	const validate = sitrep(['validate', file]);
	assert.equal(validate.code, 2);
	assert.match(validate.stdout, /column fatalities/);
	assert.doesNotMatch(validate.stdout, control);
	assert.doesNotMatch(validate.stdout, /52;c;|\]0;/, 'the sequence is gone, not just its ESC');
	const data = sitrep(['--data', file, '--list']);
	assert.equal(data.code, 2);
	assert.match(data.stderr, /sitrep: skipped: .*fatalities/);
	assert.doesNotMatch(data.stderr, control);
});

test('a file name with escape sequences is cleaned in every line that echoes it', () => {
	const file = write(`evil${title}.json`, '{"id": ');
	for (const args of [
		['validate', file],
		['--data', file, '--list'],
		['validate', write(`evil${clipboard}.csv`, 'a,b\n1,2\n')],
	]) {
		const {stdout, stderr} = sitrep(args);
		assert.match(stdout + stderr, /evil/);
		assert.doesNotMatch(stdout + stderr, control, args.join(' '));
	}
	const missing = sitrep(['--round', `x${title}`]);
	assert.equal(missing.code, 2);
	assert.doesNotMatch(missing.stderr, control);
});

test('a csv-parse error message is cleaned (it quotes the offending bytes)', () => {
	const file = write('broken.csv', `${sample.split('\n')[0]}\nA,"unterminated${title}\n`);
	const {code, stdout} = sitrep(['validate', file]);
	assert.equal(code, 2);
	assert.ok(oneLine(stdout), stdout);
	assert.doesNotMatch(stdout, control);
});

test('one C1 character (CP1252 mojibake) keeps the rest of its field', () => {
	assert.equal(cleanText('Dani\u009Dl Kov\u009Dř arrived'), 'Dani<U+009D>l Kov<U+009D>ř arrived');
	assert.equal(cleanText('a\u0090b c'), 'a<U+0090>b c');
	// A terminated string sequence still goes whole, and an unterminated ESC ] loses its ESC only.
	assert.equal(cleanText(`x${title}y`), 'xy');
	assert.equal(cleanText('x\u001B]0;rest of text'), 'x0;rest of text');
});

test('characters terminals draw at another width than string-width says are normalised', () => {
	// Widths as tmux 3.3 draws them: U+3164 2 columns, a skin-tone emoji 4, ☺+VS16 1, U+2028 0.
	const cases: Array<[string, string]> = [
		['a\u3164b', 'a b'],
		['👍🏽', '👍'],
		['☺\uFE0F', '☺'],
		['one\u2028two\u2029three', 'one two three'],
	];
	for (const [raw, clean] of cases) {
		assert.equal(cleanText(raw), clean, JSON.stringify(raw));
		assert.equal(jsonNeedsCleaning(JSON.stringify({a: raw})), true, `${JSON.stringify(raw)} in JSON text`);
	}
	// Escaped in the JSON text too.
	assert.equal(jsonNeedsCleaning('{"a": "\\u3164"}'), true);
	assert.equal(jsonNeedsCleaning('{"a": "\\ud83d"}'), true);
});

test('a lone surrogate becomes U+FFFD, and a cut keeps the character before it', () => {
	assert.equal(cleanText('ab\uD83Dcd'), 'ab\uFFFDcd');
	assert.equal(cleanText('\uDE00'), '\uFFFD');
	assert.equal(cleanText('ok 😀'), 'ok 😀', 'a whole pair is kept');
	const cut = truncate(cleanText('abc\uD800defgh'), 5);
	assert.equal(cut, 'abc\uFFFD…');
	assert.equal(stringWidth(cut), 5);
	const round = write('surrogate.json', JSON.stringify(makeRound({title: 'T\\uD800'})).replace('T\\\\uD800', 'T\\uD800'));
	const result = loadRound(round);
	assert.ok(result.ok);
	assert.equal(result.round.title, 'T\uFFFD');
});

for (const [name, path] of [
	['/dev/zero', '/dev/zero'],
	['/dev/urandom', '/dev/urandom'],
] as const)
	for (const extension of ['.json', '.csv'])
		test(`${name} given as a ${extension} is refused with one line, exit 2, promptly`, () => {
			const link = join(dir, `device${name.replaceAll('/', '-')}${extension}`);
			symlinkSync(path, link);
			for (const args of [
				['validate', link],
				['--data', link, '--list'],
			]) {
				const {code, stdout, stderr, signal} = sitrep(args);
				assert.equal(signal, null, 'finished before the timeout');
				assert.equal(code, 2);
				const line = args[0] === 'validate' ? stdout : stderr;
				assert.match(line, /is a device, not a (dataset|CSV) file/);
				assert.ok(oneLine(line), line);
			}
		});

test('a FIFO given as .json or .csv is refused at once, not waited on', () => {
	for (const name of ['pipe.json', 'pipe.csv']) {
		const fifo = join(dir, name);
		assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
		const {code, stdout, signal} = sitrep(['validate', fifo]);
		assert.equal(signal, null, 'did not hang');
		assert.equal(code, 2);
		assert.match(stdout, /is a named pipe/);
		assert.ok(oneLine(stdout));
	}
});

test('a CSV with no line ends is refused as one record too long, not read into memory whole', () => {
	const file = write('one-line.csv', `${sample.split('\n')[0]}\n${'x'.repeat(3 * 1024 * 1024)}`);
	const {code, stdout} = sitrep(['validate', file]);
	assert.equal(code, 2);
	assert.match(stdout, /not valid CSV/);
	assert.ok(oneLine(stdout));
});

test('an unreadable CSV (EACCES) is one line and exit 2, not a stack trace', () => {
	const file = write('locked.csv', sample);
	chmodSync(file, 0o000);
	chmodSync(dir, 0o755);
	// Root reads anything: the CLI is run as nobody then, from a copy in the test's own folder (nobody may not
	// reach this checkout), with the shipped data beside it where the bundle looks for it.
	const nobody = process.getuid?.() === 0;
	if (nobody) {
		mkdirSync(join(dir, 'dist'), {recursive: true});
		copyFileSync(cli, join(dir, 'dist', 'cli.mjs'));
		cpSync('data', join(dir, 'data'), {recursive: true});
	}
	const asNobody = nobody ? {uid: 65534, gid: 65534, env: {...process.env, NO_COLOR: '1', HOME: dir}} : {};
	const run = (args: string[]) =>
		nobody
			? (({status, stdout: out, stderr: err}) => ({code: status, stdout: String(out), stderr: String(err)}))(
					spawnSync(process.execPath, [join(dir, 'dist', 'cli.mjs'), ...args], {encoding: 'utf8', timeout: 30_000, ...asNobody}),
				)
			: sitrep(args);
	const {code, stdout, stderr} = run(['validate', file]);
	assert.equal(code, 2, stderr);
	assert.match(stdout, /locked\.csv: cannot be read \(permission denied\)/);
	noStack(stdout + stderr);
	const data = run(['--data', file, '--list']);
	assert.equal(data.code, 2);
	assert.match(data.stderr, /cannot be read \(permission denied\)/);
	noStack(data.stderr);
});

test('validate … | head -1: a closed pipe ends sitrep quietly', async () => {
	const files = Array.from({length: 400}, (_, index) => write(`bad-${index}.json`, '[]'));
	const child = spawn(process.execPath, [cli, 'validate', ...files], {stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
	// Read one chunk, then close the pipe as `head -1` does.
	await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
	child.stdout.destroy();
	const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
	assert.equal(stderr, '', 'nothing on stderr');
	assert.equal(code, 0);
});

test('a window longer than 400 days is a located validation error, and the default round still opens fast', () => {
	const file = write('forever.json', JSON.stringify(makeRound({leadUpFrom: '0001-01-01', aftermathUntil: '9999-12-31'})));
	const result = loadRound(file);
	assert.ok(!result.ok);
	assert.deepEqual(
		result.problems.map((problem) => problem.where),
		['leadUpFrom'],
	);
	assert.match(result.problems[0]!.message, /is 3652059 days; the limit is 400 days/);
	const long = loadRound(
		write(
			'long.json',
			JSON.stringify(makeRound({start: '2030-01-11', end: '2031-06-01', leadUpFrom: undefined, aftermathUntil: undefined})),
		),
	);
	assert.ok(!long.ok);
	assert.equal(long.problems[0]!.where, 'end');
	const ok = loadRound(write('year.json', JSON.stringify(makeRound({leadUpFrom: '2029-01-01', aftermathUntil: '2030-01-31'}))));
	assert.ok(ok.ok, 'a year and a month is fine');
	const {code, stdout, stderr, signal} = sitrep(['--data', file, '--snapshot', '--width', '80', '--height', '24']);
	assert.equal(signal, null);
	assert.equal(code, 2);
	assert.match(stdout, /Day 12/);
	assert.match(stderr, /forever\.json: leadUpFrom: .*the limit is 400 days/);
});

test('an ACLED export spanning years says to pick a stretch with --window', () => {
	const rows = sample.trimEnd().split('\n');
	const late = rows[1]!.replace('2030-04-01', '2032-04-01').replace('SYN1', 'SYN999');
	const file = write('years.csv', `${[...rows, late].join('\n')}\n`);
	const {code, stdout} = sitrep(['validate', file]);
	assert.equal(code, 2);
	assert.match(stdout, /the limit is 400 days; pick a stretch with --window/);
	assert.equal(sitrep(['validate', '--window', '2030-01-01..2030-12-31', file]).code, 0);
});

test('a file with a long list of bad values prints 50 problem lines, then one saying there are more', () => {
	const round = makeRound();
	const bad = {
		...round,
		events: Array.from({length: 20_000}, (_, index) => ({
			id: `e${index}`,
			date: 'nope',
			kind: 'strike',
			actors: [],
			summary: 1,
			sources: [],
		})),
	};
	const file = write('many.json', JSON.stringify(bad));
	for (const [args, stream] of [
		[['validate', file], 'stdout'],
		[['--data', file, '--list'], 'stderr'],
	] as const) {
		const result = sitrep([...args]);
		assert.equal(result.code, 2);
		const lines = result[stream]
			.trim()
			.split('\n')
			.filter((line) => line.includes('many.json'));
		assert.equal(lines.length, 51, args.join(' '));
		// A list this long is checked entry by entry, stopping past the 50 problems shown (load-round.ts).
		assert.match(lines.at(-1)!, /many\.json: events: … and more problems among its 20,000 entries \(not all looked for\)$/);
	}
});

test('a round whose $schema points elsewhere is read as a round, never dropped silently', () => {
	for (const schema of ['https://json-schema.org/draft/2020-12/schema', 'https://example.org/other.json']) {
		const good = write('pointing.json', JSON.stringify({$schema: schema, ...makeRound({id: 'pointing'})}));
		const valid = sitrep(['validate', good]);
		assert.equal(valid.code, 0, valid.stdout);
		assert.match(valid.stdout, /valid: pointing/);
		const broken = write('pointing-bad.json', JSON.stringify({$schema: schema, ...makeRound({id: 'pointing', start: 'x'})}));
		const invalid = sitrep(['validate', broken]);
		assert.equal(invalid.code, 2);
		assert.match(invalid.stdout, /pointing-bad\.json: start/);
	}
	// The real schema given with --data is named as skipped, not silently dropped.
	const data = sitrep(['--data', 'data/schema.json', '--list']);
	assert.equal(data.code, 2);
	assert.match(data.stderr, /schema\.json: is the JSON Schema for round files, not a round/);
});

test('an internal error outside the app is one line and exit 1', () => {
	// A --day that cannot be resolved is an ordinary failure; a thrown error here is simulated by a broken data folder read.
	const {code, stderr} = sitrep(['--list'], {
		env: {...process.env, NO_COLOR: '1', NODE_OPTIONS: '--import=./test/fixtures/throw-on-readdir.mjs'},
	});
	assert.equal(code, 1, stderr);
	assert.ok(oneLine(stderr), stderr);
	assert.match(stderr, /^sitrep: internal error: /);
	noStack(stderr);
});

test('an export named with escape sequences is written as named, and its "wrote" line reaches the terminal clean', () => {
	const file = join(dir, `brief${title}.md`);
	const result = sitrep(['--export', file]);
	assert.equal(result.code, 0, result.stderr);
	assert.ok(existsSync(file), 'the file has the name given');
	assert.match(result.stderr, /^sitrep: wrote .*brief.*\.md\n$/);
	assert.doesNotMatch(result.stderr, control);
	assert.doesNotMatch(result.stderr, /\]0;pwned/, 'the sequence is gone, not just its ESC');
});

test('a count given as -0 (valid JSON, and not below zero) reads as 0, never "-0"', () => {
	assert.equal(formatValue(-0, 'exact'), '0');
	assert.equal(formatValue(-0, 'at-least'), '≥0');
	assert.equal(formatValue(1234, 'exact'), '1,234');
});
