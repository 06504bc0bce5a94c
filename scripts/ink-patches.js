// sitrep's changes to Ink and the libraries around it, applied while bundling (never to node_modules).
// Each patch names the exact file it replaces by its SHA-256: when Ink is
// upgraded and the file differs, the build stops with a message instead of
// silently mixing a patch with code it was not written for. README
// (Performance) says what each patch does and how to drop it.
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const patchesFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'patches');
const terminalModule = join(dirname(fileURLToPath(import.meta.url)), '..', 'source', 'commands', 'terminal.ts');

/*
 * string-width builds an Intl.Segmenter when it is loaded, which costs tens of
 * milliseconds of ICU set-up on every start, whether or not a string ever
 * needs it. Built on first use instead (same segmenter, same results).
 */
const lazySegmenter = {
	from: 'const segmenter = new Intl.Segmenter();',
	to: 'let segmenterInstance;\nconst segmenter = {segment: (text) => (segmenterInstance ??= new Intl.Segmenter()).segment(text)};',
};
export const stringWidthVersions = {
	// string-width 8.3.0 (sitrep's and Ink's own) and 7.2.0 (wrap-ansi's).
	abc20775da6b552188b098688ebec671e29f5416d6339d3534bb7b016174003e: '8.3.0',
	'16421893c66e7c45a68251f0708caaa8d49d74e9570ae574371d21356e9d30a6': '7.2.0',
};

/*
 * Smaller changes, each a text replacement in one file named by its SHA-256.
 * `to` gets the path of patches/string-width-fast.js. The segmenter patches use
 * its string-width 8 set: each of its characters is a grapheme of its own next to
 * the others, and one column by the rules of the tokenisers below (↔, only string-width 7
 * counts as two, is no emoji without VS16 here either); the grid test checks the frames.
 */
export const textPatches = [
	{
		/*
		 * Ink's output composer tokenises every line with @alcalzone/ansi-tokenize,
		 * which splits it into graphemes with an Intl.Segmenter built when it loads.
		 * For lines made only of one-column characters (patches/string-width-fast.js)
		 * and escape codes, every code unit is its own grapheme: split them directly,
		 * and build the segmenter only for a line that needs it.
		 */
		name: '@alcalzone/ansi-tokenize build/tokenize.js',
		file: /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
		sha256: '2685ddc940a005fb589f2af2182e90349fbe000da0b302c89ebbe782d97ade0d',
		replace: [
			{
				from: 'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
				to: (fastWidth) =>
					[
						`import {oneColumnClass8 as oneColumnClass} from ${JSON.stringify(fastWidth)};`,
						'const simpleText = new RegExp(`^[${oneColumnClass}\\u001B]*$`);',
						'let graphemeSegmenter;',
						'const segmenter = {segment: (text) => simpleText.test(text) ? Array.from(text, (segment, index) => ({segment, index}))',
						'\t: (graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: "grapheme"})).segment(text)};',
					].join('\n'),
			},
		],
	},
	{
		/*
		 * slice-ansi (Ink's output composer and text truncation) builds an
		 * Intl.Segmenter when it loads and segments every string it slices, then
		 * tests each grapheme against an Emoji_Presentation regex. One-column text
		 * (with escape codes) gets segments of one code unit each, and each such
		 * character is one column: the answers stock slice-ansi gives, without ICU.
		 */
		name: 'slice-ansi tokenize-ansi.js',
		file: /[\\/]node_modules[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
		sha256: '8e4dcbf3c29a828963a6de01e7253b4fbcdcc231df424f779e5308cb27aa7f67',
		replace: [
			{
				from: "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
				to: (fastWidth) =>
					[
						`import {oneColumnClass8 as oneColumnClass} from ${JSON.stringify(fastWidth)};`,
						'const oneColumnText = new RegExp(`^[${oneColumnClass}\\u001B]*$`);',
						'const oneColumnGrapheme = new RegExp(`^[${oneColumnClass}]$`);',
						'const oneColumnSegment = (input, index) => ({segment: input[index], index, input});',
						'const oneColumnSegments = (input) => ({',
						'\tcontaining: (index) => (index >= 0 && index < input.length ? oneColumnSegment(input, index) : undefined),',
						'\t*[Symbol.iterator]() {',
						'\t\tfor (let index = 0; index < input.length; index++) yield oneColumnSegment(input, index);',
						'\t},',
						'});',
						'let graphemeSegmenter;',
						'const GRAPHEME_SEGMENTER = {',
						'\tsegment: (text) => oneColumnText.test(text) ? oneColumnSegments(text)',
						"\t\t: (graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text),",
						'};',
					].join('\n'),
			},
			{
				from: 'function getGraphemeWidth(grapheme) {',
				to: () => 'function getGraphemeWidth(grapheme) {\n\tif (oneColumnGrapheme.test(grapheme)) return 1;',
			},
		],
	},
	{
		/*
		 * meow's bundled dependencies run normalize-package-data's module code
		 * (hosted-git-info, spdx-correct's sorted licence tables...) when they load,
		 * though meow normalises package.json only when `cli.pkg` is read, which
		 * sitrep never does; and @babel/code-frame's, used only in the message for a
		 * package.json that is not JSON. Both load on first use instead. A leftover
		 * `promisify(execFile)` whose result nothing keeps loaded child_process (and
		 * with it net, dgram and streams): it goes.
		 */
		name: 'meow build/dependencies.js',
		file: /[\\/]node_modules[\\/]meow[\\/]build[\\/]dependencies\.js$/,
		sha256: 'b8a6bc10fd20a7a5066d87bc3d93a340d58f2dd07bfdc2ee1d96ab9bf47dc446',
		replace: [
			{from: "import { execFile } from 'node:child_process';\n", to: () => ''},
			{from: 'promisify(execFile);\n', to: () => ''},
			{from: 'var libExports = requireLib$1();', to: () => 'let libExports;'},
			{
				from: 'return libExports.codeFrameColumns(input, {start: location}, {highlightCode});',
				to: () => 'return (libExports ??= requireLib$1()).codeFrameColumns(input, {start: location}, {highlightCode});',
			},
			{
				from: 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
				to: () =>
					[
						'let normalizeExports;',
						'const normalizePackageData = (...parameters) =>',
						'\t(normalizeExports ??= getDefaultExportFromCjs(requireNormalize()))(...parameters);',
					].join('\n'),
			},
		],
	},
	{
		/*
		 * chalk's colour detection asks isatty(1) and isatty(2) as it loads, through
		 * Node's tty module, which loads Node's network and stream modules: several
		 * milliseconds of every start, though a snapshot sets its colour level itself.
		 * It asks sitrep's isTerminal instead (source/commands/terminal.ts): the same
		 * answer, from fstat for anything that cannot be a terminal, and from isatty
		 * for a character device.
		 */
		name: 'chalk source/vendor/supports-color/index.js',
		file: /[\\/]node_modules[\\/]chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]index\.js$/,
		sha256: 'e82368a5f05d145e33de6ae3464056511664b620735ef58d1800a7bcda6691e5',
		replace: [
			{
				from: "import tty from 'node:tty';",
				to: () => `import {isTerminal} from ${JSON.stringify(terminalModule)};\nconst tty = {isatty: isTerminal};`,
			},
		],
	},
];

export const inkPatches = [
	{
		file: 'build/output.js',
		sha256: 'de9078c7fc647c40cf9e32d6658fcbbee91dae9e3f6334e5f4ebfc5905fc401d',
		replacement: 'ink-output.js',
	},
];

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The esbuild plugin (scripts/bundle.js puts it in every bundle). */
export const inkPatchPlugin = {
	name: 'sitrep-ink-patches',
	setup(context) {
		const applied = new Set();
		const fastWidth = join(patchesFolder, 'string-width-fast.js');
		// Every import of string-width gets the one-column fast path in front of the version it resolves to.
		context.onResolve({filter: /^string-width$/}, async ({path, resolveDir, kind, namespace}) => {
			if (namespace === 'fast-width') return undefined;
			const real = await context.resolve(path, {resolveDir, kind, namespace: 'fast-width'});
			if (real.errors.length > 0) return {errors: real.errors};
			return {path: real.path, namespace: 'fast-width'};
		});
		context.onLoad({filter: /.*/, namespace: 'fast-width'}, async ({path}) => {
			// Version 8 has a wider one-column set than 7 (an unknown version fails below, in its own onLoad).
			const version = stringWidthVersions[sha256(await readFile(path, 'utf8'))];
			const fast = version?.startsWith('8.') ? 'oneColumnWidth8' : 'oneColumnWidth';
			return {
				// string-width itself is required (so initialised) only when a string needs it: its
				// module code builds Unicode-property regexes that cost start-up time.
				contents: [
					`import {${fast} as oneColumnWidth} from ${JSON.stringify(fastWidth)};`,
					'let stringWidth;',
					'export default function fastStringWidth(text, options) {',
					'\tconst width = oneColumnWidth(text, options);',
					`\treturn width === -1 ? (stringWidth ??= require(${JSON.stringify(path)}).default)(text, options) : width;`,
					'}',
				].join('\n'),
				resolveDir: dirname(path),
				loader: 'js',
			};
		});
		for (const patch of textPatches)
			context.onLoad({filter: patch.file}, async ({path}) => {
				const original = await readFile(path, 'utf8');
				const found = sha256(original);
				if (found !== patch.sha256)
					throw new Error(
						`${path} is not the ${patch.name} sitrep's patch was written for (sha256 ${found}); re-check it (README, Performance).`,
					);
				let contents = original;
				for (const {from, to} of patch.replace) {
					if (contents.split(from).length !== 2) throw new Error(`${patch.name}: the patched text is not found once`);
					contents = contents.replace(from, () => to(fastWidth));
				}
				return {contents, resolveDir: dirname(path), loader: 'js'};
			});
		context.onLoad({filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/}, async ({path}) => {
			const original = await readFile(path, 'utf8');
			const found = sha256(original);
			if (!stringWidthVersions[found] || !original.includes(lazySegmenter.from))
				throw new Error(
					`${path} is a string-width sitrep's lazy-segmenter patch does not know (sha256 ${found}); add it to scripts/ink-patches.js once checked.`,
				);
			return {contents: original.replace(lazySegmenter.from, () => lazySegmenter.to), resolveDir: dirname(path), loader: 'js'};
		});
		for (const patch of inkPatches) {
			const filter = new RegExp(`[\\\\/]node_modules[\\\\/]ink[\\\\/]${patch.file.replaceAll('.', '\\.').replaceAll('/', '[\\\\/]')}$`);
			context.onLoad({filter}, async ({path}) => {
				const original = await readFile(path, 'utf8');
				const found = sha256(original);
				if (found !== patch.sha256)
					throw new Error(
						`ink/${patch.file} is not the file patches/${patch.replacement} was written for (sha256 ${found}, expected ${patch.sha256}). ` +
							'Ink was upgraded: re-check the patch against the new file (README, Performance) or remove it from scripts/ink-patches.js.',
					);
				applied.add(patch.file);
				// The replacement's own import of the fast-width table, found from Ink's folder.
				const contents = (await readFile(join(patchesFolder, patch.replacement), 'utf8')).replace(
					"from './string-width-fast.js'",
					() => `from ${JSON.stringify(fastWidth)}`,
				);
				return {contents, resolveDir: dirname(path), loader: 'js'};
			});
		}
		context.onEnd((result) => {
			if (result.errors.length > 0) return;
			const missing = inkPatches.filter((patch) => !applied.has(patch.file));
			// A bundle without Ink at all (none imports it) needs no patch; one with Ink must have them all.
			if (missing.length > 0 && applied.size > 0)
				throw new Error(`Ink patches not applied: ${missing.map((patch) => patch.file).join(', ')}`);
		});
	},
};
