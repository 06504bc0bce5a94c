import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	linkSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
// @ts-expect-error: a plain ESM script shared with the build, without types.
import {bundle} from '../scripts/bundle.js';
import {pathToFileURL} from 'node:url';
import {DOMParser} from '@xmldom/xmldom';
import MarkdownIt from 'markdown-it';
import {exportBytes, exportPicture} from '../source/export/frame.js';
import {placeholder} from '../source/export/png.js';
import {openingState} from '../source/ui/session.js';
import {navigate, panes, type NavState} from '../source/state/navigation.js';
import {openCatalog} from '../source/data/catalog.js';
import {rounds as bundled} from './helpers.js';
import type {Round} from '../source/data/schema.js';

/*
 * What the export-safety promises mean to a reader: SVG text reads as the
 * frame does and is always well-formed XML; a Markdown export of a hostile
 * dataset renders to no live HTML and no link the sources list did not give;
 * no export ever writes over an input, through a symlink, or over an earlier
 * export; and a failed write is one line with nothing left behind.
 */

const options = {width: 100, height: 30, brief: true};
let dir = '';
before(() => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-safety-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

const parseXml = (xml: string) => {
	const errors: string[] = [];
	const document = new DOMParser({onError: (level, message) => void (level !== 'warning' && errors.push(message))}).parseFromString(
		xml,
		'text/xml',
	);
	assert.deepEqual(errors, [], 'well-formed XML');
	return document;
};
const svgRows = (svg: string): string[] => [...parseXml(svg).getElementsByTagName('text')].map((text) => text.textContent ?? '');

test('SVG text, read by an XML parser, is the .txt export line for line, spaces included (both rounds, every pane)', async () => {
	for (const round of bundled)
		for (const pane of panes) {
			const state = openingState(bundled, {roundId: round.id, pane});
			const txt = String(await exportBytes('x.txt', bundled, state, options))
				.replace(/\n$/, '')
				.split('\n');
			const rows = svgRows(String(await exportBytes('x.svg', bundled, state, options)));
			assert.deepEqual(rows, txt, `${round.id} ${pane}`);
			assert.ok(
				rows.some((row) => /\S {2,}\S/.test(row)),
				'runs of spaces survive',
			);
		}
});

// A round built around characters XML 1.0 cannot hold.
const unpaired = JSON.parse('"lone \\ud800 high and \\udc00 low"') as string;
const badXmlRound = (): Round => {
	const round = JSON.parse(readFileSync('test/fixtures/hostile.json', 'utf8')) as Round & {$schema?: string};
	delete round.$schema;
	round.id = 'not-xml';
	round.title = 'Not XML \uFFFF and \uFFFE';
	round.sources[0]!.outlet = `Outlet \uFFFF ${unpaired}`;
	round.events[0]!.summary = `summary \uFFFF ${unpaired}`;
	return round;
};

test('U+FFFF, U+FFFE and lone surrogates in data give well-formed SVG (shown as U+FFFD), a PNG, and later exports', async () => {
	const file = join(dir, 'not-xml.json');
	writeFileSync(file, JSON.stringify(badXmlRound()));
	const rounds = openCatalog([file]).rounds;
	assert.equal(rounds.length, 1, 'the round loads');
	for (const pane of ['sources', 'escalation'] as const) {
		const state = openingState(rounds, {pane});
		const svg = String(await exportBytes('x.svg', rounds, state, options));
		const rows = svgRows(svg).join('\n');
		assert.match(rows, /Not XML \uFFFD and \uFFFD/);
		assert.doesNotMatch(svg, /[\uFFFE\uFFFF]/);
		const png = (await exportBytes('x.png', rounds, state, options)) as Buffer;
		assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
	}
	// From the command line: the PNG and the exports after it are all written.
	const out = ['a.svg', 'a.png', 'a.md', 'a.txt'].map((name) => join(dir, name));
	const result = sitrep(['--data', file, '--round', 'not-xml', '--pane', 'sources', ...out.flatMap((each) => ['--export', each])]);
	assert.equal(result.status, 0, result.stderr);
	for (const each of out) assert.ok(lstatSync(each).size > 0, each);
});

test('wide characters the bundled font lacks are drawn as a placeholder square in the PNG', async () => {
	const {withPlaceholders} = await import('../source/export/png.js');
	assert.equal(withPlaceholders('<text>加沙 ok 🇵🇸</text>'), `<text>${placeholder}${placeholder} ok ${placeholder}${placeholder}</text>`);
});

/*
 * Markdown: the hostile fixture plus the classic injections, in event
 * summaries, an initiative, a source's outlet and title. Rendered with
 * markdown-it (raw HTML allowed, as many renderers do), no element may come
 * from data and every link must be a URL from the sources list.
 */
const attacks = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[click](javascript:alert(1))',
	'![tracker](http://tracker.example/pixel.png)',
	'[^1]: a forged footnote',
	'cell | with | pipes\nand a newline',
	'# not a heading',
	'- not a list',
	'1. not a list',
	'> not a quote',
	'<http://autolink.example/>',
	'[ref]: http://ref.example/',
	'**not bold** _not em_ `not code`',
	'&lt;b&gt;entity&lt;/b&gt; &copy;',
	'<!-- comment -->',
	'[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
];
const hostileMarkdownRound = (): Round => {
	const round = JSON.parse(readFileSync('test/fixtures/hostile.json', 'utf8')) as Round & {$schema?: string};
	delete round.$schema;
	round.id = 'markdown-attack';
	round.title = attacks[0]!;
	round.sources[0]!.outlet = attacks[1]!;
	round.sources[0]!.title = attacks[3]!;
	round.sources[0]!.url = 'https://example.org/ok';
	round.events = round.events.flatMap((event, index) => [
		event,
		...attacks.map((summary, n) => ({...event, id: `attack-${index}-${n}`, summary})),
	]);
	for (const initiative of round.initiatives ?? []) {
		initiative.title = attacks[2]!;
		for (const step of initiative.history) step.note = attacks[4]!;
	}
	return round;
};

const allowedElements = new Set([
	'h1',
	'h2',
	'h3',
	'p',
	'strong',
	'ul',
	'li',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td',
	'hr',
	'a',
	'root',
]);

test("a hostile dataset's .md renders to no live HTML element and no link the sources list did not give", async () => {
	const file = join(dir, 'markdown-attack.json');
	writeFileSync(file, JSON.stringify(hostileMarkdownRound()));
	const rounds = openCatalog([file]).rounds;
	assert.equal(rounds.length, 1, 'the round loads');
	const sourceUrls = new Set(rounds[0]!.sources.flatMap((source) => (source.url ? [new URL(source.url).href] : [])));
	const states: NavState[] = panes.flatMap((pane) => {
		const base = openingState(rounds, {pane});
		return Array.from({length: 5}, (_, index) => navigate(base, {type: 'step-day', by: index - 3}));
	});
	const seen = new Set<string>();
	for (const state of states) {
		const markdown = String(await exportBytes('x.md', rounds, state, options));
		for (const linkify of [false, true]) {
			const html = new MarkdownIt({html: true, linkify, xhtmlOut: true}).render(markdown);
			const document = parseXml(`<root>${html.replaceAll('&nbsp;', ' ')}</root>`);
			for (const element of [...document.getElementsByTagName('*')]) {
				assert.ok(allowedElements.has(element.tagName), `<${element.tagName}> in ${state.pane}:\n${html}`);
				if (element.tagName !== 'a') continue;
				const href = element.getAttribute('href') ?? '';
				assert.match(href, /^https?:\/\//, `link to ${href}`);
				if (!linkify) assert.ok(sourceUrls.has(href), `a link the sources list did not give: ${href}`);
			}
			const text = document.documentElement!.textContent ?? '';
			for (const attack of attacks) if (text.includes(attack.replace(/\s+/g, ' '))) seen.add(attack);
		}
		// Tables keep their columns: every row has as many unescaped pipes as its header.
		for (const table of markdown.split(/\n\n/).filter((block) => block.startsWith('| '))) {
			const counts = table
				.split('\n')
				.filter(Boolean)
				.map((line) => line.replace(/\\\\|\\\|/g, '').split('|').length);
			assert.ok(
				counts.every((count) => count === counts[0]),
				table,
			);
		}
		// The only footnote definitions are the export's own, one per number cited.
		const definitions = markdown.split('\n').filter((line) => line.startsWith('[^'));
		for (const line of definitions) assert.match(line, /^\[\^\d+\]: /);
		assert.equal(new Set(definitions.map((line) => line.split(':')[0])).size, definitions.length);
	}
	// The attacks are shown as the text they are, not dropped.
	for (const attack of attacks.slice(0, 5)) assert.ok(seen.has(attack), `"${attack}" appears as text`);
});

// The CLI from source, as a user runs it.
const sitrep = (args: string[], env: NodeJS.ProcessEnv = {}, extra: {uid?: number; gid?: number} = {}) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'source/cli.tsx', ...args], {
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '', ...env},
		...extra,
	});
// A preload that makes every file write fail half-way, as a full disk does.
const diskFull = pathToFileURL(resolve('test/fixtures/disk-full.mjs')).href;
const oneLine = (stderr: string) => {
	assert.equal(stderr.trim().split('\n').length, 1, stderr);
	assert.doesNotMatch(stderr, /\n\s+at |Error:/, 'no stack trace');
};

test('--export onto a file the run reads or sitrep ships is refused: same name, symlink, hard link', () => {
	const folder = mkdtempSync(join(dir, 'inputs-'));
	const data = join(folder, 'round.json');
	copyFileSync('data/gaza-2012.json', data);
	symlinkSync(data, join(folder, 'link.json'));
	linkSync(data, join(folder, 'hard.json'));
	const before = readFileSync(data);
	for (const target of [data, join(folder, 'link.json'), join(folder, 'hard.json')]) {
		const result = sitrep(['--data', data, '--export', target]);
		assert.equal(result.status, 2, target);
		oneLine(result.stderr);
		assert.match(result.stderr, /which this run reads/);
	}
	assert.deepEqual(readFileSync(data), before, 'the input is unchanged');
	const shipped = readFileSync('data/gaza-2021.json');
	symlinkSync(join(process.cwd(), 'data/gaza-2021.json'), join(folder, 'shipped.json'));
	for (const target of ['data/gaza-2021.json', 'data/schema.json', join(folder, 'shipped.json'), 'package.json', 'data/new.md']) {
		const result = sitrep(['--export', target]);
		assert.equal(result.status, 2, target);
		oneLine(result.stderr);
	}
	assert.deepEqual(readFileSync('data/gaza-2021.json'), shipped);
	assert.deepEqual(readdirSync('data').sort(), ['gaza-2012.json', 'gaza-2021.json', 'schema.json']);
});

test('convert -o onto its own CSV (through a symlink) is refused', () => {
	const folder = mkdtempSync(join(dir, 'convert-'));
	const csv = join(folder, 'in.csv');
	copyFileSync('test/fixtures/acled-synthetic-sample.csv', csv);
	symlinkSync(csv, join(folder, 'out.json'));
	const before = readFileSync(csv);
	const result = sitrep(['convert', csv, '--round', 'acled-examplia', '-o', join(folder, 'out.json')]);
	assert.equal(result.status, 2);
	oneLine(result.stderr);
	assert.deepEqual(readFileSync(csv), before);
});

test('--export at a symlink replaces the link with the export and never writes through it', () => {
	const folder = mkdtempSync(join(dir, 'link-'));
	const victim = join(folder, 'victim.txt');
	writeFileSync(victim, 'keep me');
	symlinkSync(victim, join(folder, 'frame.txt'));
	const result = sitrep(['--export', join(folder, 'frame.txt')]);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(readFileSync(victim, 'utf8'), 'keep me');
	assert.ok(lstatSync(join(folder, 'frame.txt')).isFile(), 'the link was replaced by a file');
	assert.match(readFileSync(join(folder, 'frame.txt'), 'utf8'), /Escalation/);
});

test('the e key never follows a planted symlink, never overwrites (-2, -3), exports the pane under the overlay, names the full path', async () => {
	const folder = mkdtempSync(join(dir, 'e-key-'));
	const victim = join(folder, 'victim.svg');
	writeFileSync(victim, 'keep me');
	const pane = openingState(bundled, {roundId: 'gaza-2012', pane: 'casualties'});
	const base = join(folder, 'sitrep-gaza-2012-casualties-day8');
	symlinkSync(victim, `${base}.svg`);
	symlinkSync(join(folder, 'nowhere.png'), `${base}-2.png`);
	const size = {width: 100, height: 30};
	const said = await exportPicture(folder, bundled, navigate(pane, {type: 'toggle-help'}), size);
	assert.equal(said, `exported ${base}-3.svg and .png`);
	assert.equal(readFileSync(victim, 'utf8'), 'keep me');
	assert.ok(lstatSync(`${base}.svg`).isSymbolicLink() && lstatSync(`${base}-2.png`).isSymbolicLink(), 'planted links left as they were');
	assert.deepEqual(
		readdirSync(folder).filter((name) => name.includes('nowhere')),
		[],
		'no file created through the dangling link',
	);
	assert.equal(
		readFileSync(`${base}-3.svg`, 'utf8'),
		String(await exportBytes('x.svg', bundled, pane, {...size, brief: true})),
		'the pane, not the help',
	);
	assert.match(await exportPicture(folder, bundled, pane, size), /day8-4\.svg/);
	assert.ok(readdirSync(folder).includes('sitrep-gaza-2012-casualties-day8-4.png'));
});

/*
 * Root writes anywhere, so the permission case runs the CLI as nobody, who may
 * not reach this checkout (a clone under a private folder): that run uses the
 * CLI bundled into the test's own world-readable folder.
 */
const asNobody = async (): Promise<string> => {
	const cli = join(dir, 'nobody', 'cli.mjs');
	mkdirSync(dirname(cli), {recursive: true});
	await bundle('source/cli.tsx', cli);
	for (const each of [dir, dirname(cli)]) chmodSync(each, 0o755);
	chmodSync(cli, 0o644);
	return cli;
};

test('convert -o into a missing folder, onto a folder, on a full disk, without permission: one line, exit 2, nothing left', async () => {
	const folder = mkdtempSync(join(dir, 'fail-'));
	const csv = join(folder, 'in.csv');
	copyFileSync('test/fixtures/acled-synthetic-sample.csv', csv);
	mkdirSync(join(folder, 'taken.json'));
	mkdirSync(join(folder, 'locked'));
	// The run as nobody must reach the CSV: the folders above it are opened for reading.
	for (const each of [dir, folder]) chmodSync(each, 0o755);
	chmodSync(join(folder, 'locked'), 0o555);
	const convert = (out: string, env: NodeJS.ProcessEnv = {}, extra: {uid?: number; gid?: number} = {}) =>
		sitrep(['convert', csv, '--round', 'acled-examplia', '-o', join(folder, out)], env, extra);
	const cases: Array<[string, ReturnType<typeof convert>, RegExp]> = [
		['missing folder', convert('missing/out.json'), /does not exist/],
		['a folder', convert('taken.json'), /is a folder/],
		['full disk', convert('full.json', {NODE_OPTIONS: `--import=${diskFull}`}), /no space left/],
		// As root the permission bits do not stop a write: the check runs as nobody then.
		[
			'no permission',
			process.getuid?.() === 0
				? spawnSync(
						process.execPath,
						[await asNobody(), 'convert', csv, '--round', 'acled-examplia', '-o', join(folder, 'locked/out.json')],
						{
							encoding: 'utf8',
							env: {...process.env, NO_COLOR: ''},
							uid: 65534,
							gid: 65534,
						},
					)
				: convert('locked/out.json'),
			/permission denied/,
		],
	];
	for (const [name, result, said] of cases) {
		assert.equal(result.status, 2, `${name}: ${result.stderr}`);
		oneLine(result.stderr);
		assert.match(result.stderr, said, name);
	}
	assert.deepEqual(readdirSync(folder).sort(), ['in.csv', 'locked', 'taken.json'], 'no partial or temporary file left');
	assert.deepEqual(readdirSync(join(folder, 'locked')), []);
	assert.deepEqual(readdirSync(join(folder, 'taken.json')), []);
});

test('--export-dir must be an existing folder', () => {
	const result = sitrep(['--export-dir', join(dir, 'no-such-folder'), '--snapshot']);
	assert.equal(result.status, 2);
	oneLine(result.stderr);
	assert.match(result.stderr, /--export-dir .*no such folder/);
});

test('letters of a script the mono font lacks (Hebrew) are drawn as themselves in the PNG, not as the missing-glyph box', async () => {
	const {svgToPng} = await import('../source/export/png.js');
	// One cell of text: a character no bundled font has (a private-use one) gets the box, whatever the font.
	const cell = (char: string) =>
		`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="white"/><text y="20" font-family="DejaVu Sans Mono" font-size="16" xml:space="preserve"><tspan x="10">${char}</tspan></text></svg>`;
	const box = await svgToPng(cell('\uE000'));
	assert.deepEqual(await svgToPng(cell('\uE001')), box, 'two characters no font has are the same box');
	for (const letter of ['ש', 'א', 'ж', 'ب']) assert.notDeepEqual(await svgToPng(cell(letter)), box, `${letter} is drawn`);
});
