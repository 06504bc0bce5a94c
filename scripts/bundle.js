// How sitrep is bundled: one minified ESM file per entry. Shared by the build
// (the CLI) and the bench (its key-latency harness), so both run the same code.
import {readFile} from 'node:fs/promises';
import {build} from 'esbuild';

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

export const bundle = (entry, outfile) =>
	build({
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		// Prefer packages' ESM builds: jsonc-parser's UMD build hides its requires from the bundler.
		mainFields: ['module', 'main'],
		minify: process.env.SITREP_UNMINIFIED !== '1',
		legalComments: 'none',
		define: {'process.env.NODE_ENV': '"production"'},
		// Ink's developer tools (react-devtools-core over ws) load only when DEV=true; neither ships.
		alias: {'react-devtools-core': './scripts/devtools-stub.js', ws: './scripts/devtools-stub.js'},
		// Bundled CommonJS (React) calls require(); ESM output has none of its own.
		banner: {js: "import {createRequire as __sitrepRequire} from 'node:module';const require = __sitrepRequire(import.meta.url);"},
		// A native module: loaded from node_modules, and only when a PNG is exported.
		external: ['@resvg/resvg-js'],
		plugins: [yogaWithoutFetch],
		logLevel: 'warning',
	});
