// How sitrep is bundled: one minified ESM file per entry. Shared by the build
// (the CLI) and the bench (its key-latency harness), so both run the same code.
import {readFile} from 'node:fs/promises';
import {isBuiltin} from 'node:module';
import {Script} from 'node:vm';
import {build} from 'esbuild';
import {inkPatchPlugin} from './ink-patches.js';

// Yoga's Emscripten loader fetch()es its inlined wasm from a data: URL, and on
// Node that one call loads the whole undici HTTP client at start-up. Without a
// fetch it decodes the same inlined bytes directly.
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(context) {
		context.onLoad({filter: /yoga-wasm-base64-esm\.js$/}, async ({path}) => ({
			contents: `const __yogaFetch = undefined;\n${(await readFile(path, 'utf8')).replaceAll(/\bfetch\b/g, '__yogaFetch')}`,
			loader: 'js',
		}));
	},
};

const options = (entry) => ({
	entryPoints: [entry],
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	// Prefer packages' ESM builds: jsonc-parser's UMD build hides its requires from the bundler.
	mainFields: ['module', 'main'],
	// SITREP_UNMINIFIED=1: readable code for profiles; SITREP_NAMES=1: minified but with its names (profiles of what ships).
	...(process.env.SITREP_NAMES === '1' ? {minifyWhitespace: true, minifySyntax: true} : {minify: process.env.SITREP_UNMINIFIED !== '1'}),
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink's developer tools (react-devtools-core over ws) load only when DEV=true; neither ships.
	alias: {'react-devtools-core': './scripts/devtools-stub.js', ws: './scripts/devtools-stub.js'},
	// Bundled CommonJS (React) calls require(); ESM output has none of its own.
	banner: {js: "import {createRequire as __sitrepRequire} from 'node:module';const require = __sitrepRequire(import.meta.url);"},
	// A native module: loaded from node_modules, and only when a PNG is exported.
	external: ['@resvg/resvg-js'],
	plugins: [yogaWithoutFetch, inkPatchPlugin],
	logLevel: 'warning',
});

/** `stockInk: true` leaves Ink as published (tests compare the two). */
export const bundle = (entry, outfile, {stockInk = false} = {}) =>
	build({...options(entry), outfile, ...(stockInk ? {plugins: options(entry).plugins.filter((plugin) => plugin !== inkPatchPlugin)} : {})});

// The CLI's program as one async function `(require, importMeta) => …`, for
// dist/cli.js to compile with a V8 code cache (vm.Script takes a script, not a
// module): Node's modules and the native PNG library come through `require`.
const throughRequire = {
	name: 'through-require',
	setup(context) {
		context.onResolve({filter: /^(node:)?[a-z_/]+$|^@resvg\/resvg-js$/}, ({path, namespace}) => {
			if (!isBuiltin(path) && path !== '@resvg/resvg-js') return undefined;
			// The stand-in's own require() is the real one, left to run.
			return namespace === 'through-require' ? {path, external: true} : {path, namespace: 'through-require'};
		});
		context.onLoad({filter: /.*/, namespace: 'through-require'}, ({path}) => ({
			contents: `module.exports = require(${JSON.stringify(path)});`,
			loader: 'js',
		}));
	},
};

/*
 * esbuild's __toESM helper gives each `import` of a CommonJS module (Node's own
 * modules, React) a fresh namespace object with a getter per export: the bundle
 * makes dozens of them for the same few modules (node:process 18 times, React
 * 32), thousands of property definitions at every start. Each module's
 * namespace is made once and shared (importers only read it). The helper is found
 * by its shape in the minified output; a build whose esbuild writes it otherwise stops.
 */
const toESMShape =
	/\b([\w$]+)=\(([\w$]+),([\w$]+),([\w$]+)\)=>(\(\4=\2!=null\?[\w$]+\([\w$]+\(\2\)\):\{\},[\w$]+\(\3\|\|!\2\|\|!\2\.__esModule\?[\w$]+\(\4,"default",\{value:\2,enumerable:!0\}\):\4,\2\)\))/g;
export const memoisedToESM = (code) => {
	const found = code.match(toESMShape)?.length ?? 0;
	if (found !== 1) throw new Error(`esbuild's __toESM helper found ${found} times, not once: re-check scripts/bundle.js (memoisedToESM)`);
	return code.replace(
		toESMShape,
		(_, name, module, nodeMode, target, body) =>
			`${name}=((__sitrepNamespaces)=>(${module},${nodeMode},${target})=>${nodeMode}&&${module}!=null&&__sitrepNamespaces.has(${module})` +
			`?__sitrepNamespaces.get(${module}):((__sitrepNamespace)=>(${nodeMode}&&${module}!=null&&__sitrepNamespaces.set(${module},__sitrepNamespace),` +
			`__sitrepNamespace))${body})(new WeakMap)`,
	);
};

export const bundleProgram = async (entry) => {
	const result = await build({
		...options(entry),
		write: false,
		outfile: 'program.js',
		banner: {},
		define: {...options(entry).define, 'import.meta': '__sitrepImportMeta'},
		external: [],
		plugins: [throughRequire, ...options(entry).plugins],
	});
	const text = result.outputFiles[0].text.replace(/^#!.*\n/, '');
	// (An unminified build, for reading profiles only, writes the helper with spaces: left as it is.)
	const code = process.env.SITREP_UNMINIFIED === '1' ? text : memoisedToESM(text);
	const program = `(async function (require, __sitrepImportMeta) {\n${code}\n})`;
	// Fails here, not on a user's machine, if anything module-only (import, export, import.meta) is left.
	new Script(program);
	if (/\bimport\(/.test(code)) throw new Error('the program bundle has a dynamic import(), which a vm.Script cannot run');
	// V8 keeps an ASCII source as one byte per character and decodes it at once; one raw non-ASCII character (esbuild
	// escapes them in strings, not in every regex) doubles the program's size in memory and its decoding time.
	// (An unminified build, for reading profiles, keeps comments, which may have any character.)
	const wide = /[^\u0000-\u007F]/.exec(code);
	if (wide && options(entry).minify)
		throw new Error(
			`the program bundle has a raw non-ASCII character (${JSON.stringify(wide[0])}): write it as a \\u escape in the source`,
		);
	return program;
};
