import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
// @ts-expect-error: a plain ESM script shared with the build, without types.
import {inkPatchPlugin, textPatches} from '../scripts/ink-patches.js';
import {oneColumnClass8} from '../patches/string-width-fast.js';

/*
 * The bundle patches slice-ansi, ansi-tokenize, meow and chalk (scripts/ink-patches.js).
 * The same entry is bundled with and without the patches, and the two must
 * answer alike: slices, truncations and tokens of strings mixing one-column
 * text, colour codes, links and every kind of character that needs a segmenter;
 * meow's flags, help, version and normalised package.json.
 */
type Libraries = {
	sliceAnsi: (text: string, start: number, end?: number) => string;
	cliTruncate: (text: string, columns: number, options?: {position?: 'start' | 'middle' | 'end'}) => string;
	tokenize: (text: string) => unknown[];
	meow: (help: string, options: Record<string, unknown>) => {input: string[]; flags: unknown; help: string; pkg: unknown};
	chalk: {level: number};
	supportsColor: unknown;
};
const entry = [
	"export {default as sliceAnsi} from 'slice-ansi';",
	"export {default as cliTruncate} from 'cli-truncate';",
	"export {tokenize} from '@alcalzone/ansi-tokenize';",
	"export {default as meow} from 'meow';",
	"export {default as chalk, supportsColor} from 'chalk';",
].join('\n');

const withBundles = async (check: (stock: Libraries, patched: Libraries) => void | Promise<void>) => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-library-patches-'));
	try {
		const load = async (name: string, plugins: unknown[]) => {
			const outfile = join(folder, `${name}.mjs`);
			await build({
				stdin: {contents: entry, resolveDir: process.cwd(), loader: 'js'},
				bundle: true,
				platform: 'node',
				format: 'esm',
				outfile,
				plugins: plugins as never,
				logLevel: 'silent',
			});
			return {code: readFileSync(outfile, 'utf8'), libraries: (await import(pathToFileURL(outfile).href)) as Libraries};
		};
		const stock = await load('stock', []);
		const patched = await load('patched', [inkPatchPlugin]);
		assert.notEqual(patched.code, stock.code, 'the patches were applied');
		await check(stock.libraries, patched.libraries);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
};

const characters = (() => {
	const member = new RegExp(`^[${oneColumnClass8}]$`);
	const found: string[] = [];
	for (let code = 0x20; code <= 0xffff; code++) if (member.test(String.fromCharCode(code))) found.push(String.fromCharCode(code));
	return found;
})();
const others = ['界', 'ｱ', '😀', '👍🏽', '👩‍👩‍👧', '❤\ufe0f', '↔\ufe0f', 'e\u0301', '\u1100\u1161', '\u115f', '\u3164', '\u200b', '\u00ad'];
const controls = ['\t', '\r\n', '\u0007', '\u001b', '\u0085', '\u009b31m', '🇺🇳', '1\ufe0f\u20e3', '\u00a9', '✔'];
const codes = [
	'\u001b[31m',
	'\u001b[39m',
	'\u001b[1;4m',
	'\u001b[m',
	'\u001b[38;5;123m',
	'\u001b[0m',
	'\u001b]8;;https://x\u0007',
	'\u001b]8;;\u0007',
];

const randomTexts = (count: number) => {
	let seed = 11;
	const random = (n: number) => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed % n;
	};
	const texts: string[] = [];
	for (let run = 0; run < count; run++) {
		let text = '';
		const length = random(14);
		for (let index = 0; index < length; index++) {
			const kind = random(20);
			const pool = kind < 13 ? characters : kind < 17 ? codes : kind < 19 ? others : controls;
			text += pool[random(pool.length)];
		}
		texts.push(text);
	}
	return texts;
};

test('patched slice-ansi, cli-truncate and ansi-tokenize give stock answers for one-column text and everything else', async () => {
	await withBundles((stock, patched) => {
		// Each character of the set on its own, between two others, and in colour.
		const texts = [...characters.map((character) => `a${character}\u001b[31m${character}\u001b[39mb`), ...randomTexts(4000)];
		for (const text of texts) {
			const name = JSON.stringify(text);
			assert.deepEqual(patched.tokenize(text), stock.tokenize(text), name);
			for (const [start, end] of [
				[0, undefined],
				[0, 1],
				[1, 3],
				[2, 5],
				[0, 7],
				[3, undefined],
			] as const)
				assert.equal(patched.sliceAnsi(text, start, end), stock.sliceAnsi(text, start, end), `${name} ${start}..${end}`);
			for (const position of ['start', 'middle', 'end'] as const)
				assert.equal(patched.cliTruncate(text, 5, {position}), stock.cliTruncate(text, 5, {position}), `${name} ${position}`);
		}
	});
});

test('patched meow parses, helps, versions and normalises package.json as stock meow', async () => {
	await withBundles((stock, patched) => {
		const options = (argv: string[]) => ({
			importMeta: {url: pathToFileURL(join(process.cwd(), 'source', 'cli.tsx')).href},
			argv,
			flags: {round: {type: 'string'}, data: {type: 'string', isMultiple: true}, width: {type: 'number'}, brief: {type: 'boolean'}},
		});
		for (const argv of [[], ['--round', 'x', '--data', 'a', '--data', 'b'], ['--width', '80', '--no-brief', 'validate', 'f.json']]) {
			const [before, after] = [stock, patched].map((libraries) => libraries.meow('\n\tUsage\n\t  $ sitrep\n', options(argv)));
			assert.deepEqual(after!.input, before!.input);
			assert.deepEqual(after!.flags, before!.flags);
			assert.equal(after!.help, before!.help);
			assert.deepEqual(after!.pkg, before!.pkg);
		}
		const {pkg} = patched.meow('', options([])) as {pkg: {version: string; _id: string}};
		assert.equal(pkg._id, `sitrep@${pkg.version}`, 'the package was normalised');
		// A package.json that is not JSON: the message quotes it with a code frame.
		const folder = mkdtempSync(join(tmpdir(), 'sitrep-meow-'));
		try {
			writeFileSync(join(folder, 'package.json'), '{\n  "name": "x",\n  "version" "1"\n}\n');
			const broken = {importMeta: {url: pathToFileURL(join(folder, 'cli.js')).href}, argv: [], flags: {}};
			const messages = [stock, patched].map((libraries) => {
				try {
					libraries.meow('', broken);
					return 'no error';
				} catch (error) {
					return `${(error as Error).message}\n${(error as {codeFrame?: string}).codeFrame}`;
				}
			});
			assert.match(messages[0]!, /JSON[\s\S]*\|/);
			assert.equal(messages[1], messages[0]);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});
});

test('patched chalk sees colour support as stock chalk, and isTerminal answers as isatty, on every kind of output', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-terminal-'));
	try {
		// Detection runs as chalk loads: each kind of output gets a process of its own, loading both bundles.
		const contents = [
			"import chalk, {supportsColor} from 'chalk';",
			"import {isatty} from 'node:tty';",
			"import {writeFileSync} from 'node:fs';",
			`import {isTerminal} from ${JSON.stringify(join(process.cwd(), 'source', 'commands', 'terminal.ts'))};`,
			'const fds = [0, 1, 2, 99];',
			'writeFileSync(process.argv[2], JSON.stringify({level: chalk.level, supportsColor, terminal: fds.map(isTerminal), isatty: fds.map(isatty)}));',
		].join('\n');
		for (const [name, plugins] of [
			['stock', []],
			['patched', [inkPatchPlugin]],
		] as const)
			await build({
				stdin: {contents, resolveDir: process.cwd(), loader: 'ts'},
				bundle: true,
				platform: 'node',
				format: 'esm',
				outfile: join(folder, `${name}.mjs`),
				plugins: plugins as never,
				logLevel: 'silent',
			});
		const answers = (name: string, output: string) => {
			const result = join(folder, `${name}.json`);
			const run = `${JSON.stringify(process.execPath)} ${join(folder, `${name}.mjs`)} ${result}`;
			const environment = {...process.env, TERM: 'xterm-256color', FORCE_COLOR: undefined, NO_COLOR: undefined, CI: undefined};
			if (output === 'terminal') execFileSync('script', ['-qec', run, '/dev/null'], {env: environment, stdio: 'ignore'});
			else execFileSync('sh', ['-c', `${run} ${output}`], {env: environment, stdio: ['ignore', 'pipe', 'pipe']});
			return JSON.parse(readFileSync(result, 'utf8')) as {level: number; terminal: boolean[]; isatty: boolean[]};
		};
		const kinds = {
			terminal: 'terminal',
			pipe: '| cat',
			file: `> ${join(folder, 'out.txt')}`,
			devNull: '> /dev/null 2>/dev/null < /dev/null',
		};
		for (const [kind, output] of Object.entries(kinds)) {
			const [stock, patched] = [answers('stock', output), answers('patched', output)];
			assert.deepEqual(patched, stock, kind);
			assert.deepEqual(patched.terminal, patched.isatty, kind);
		}
		assert.ok(answers('patched', 'terminal').terminal[1], 'a terminal is seen as one');
		assert.ok(answers('patched', 'terminal').level > 0, 'and gets colour');
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('a build stops, naming the file, when a patched library is not the version its patch was written for', async () => {
	for (const patch of textPatches as Array<{name: string; file: RegExp}>) {
		// A patch's name is its package and the file's path in it.
		const path = patch.name.replace(' ', '/').split('/');
		const folder = mkdtempSync(join(tmpdir(), 'sitrep-library-upgrade-'));
		try {
			const file = join(folder, 'node_modules', ...path);
			assert.match(file, patch.file);
			mkdirSync(join(file, '..'), {recursive: true});
			writeFileSync(file, 'export default 1;\n');
			writeFileSync(join(folder, 'entry.js'), `import x from ${JSON.stringify(file)};\nconsole.log(x);\n`);
			await assert.rejects(
				build({entryPoints: [join(folder, 'entry.js')], bundle: true, write: false, logLevel: 'silent', plugins: [inkPatchPlugin]}),
				new RegExp(`is not the ${patch.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} sitrep's patch was written for`),
			);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	}
});
