// Bundles the CLI into one ESM file: one file loads far faster than a tree of
// modules, and production React skips its development checks.
import {statSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';

const entry = 'source/cli.tsx';
const outfile = 'dist/cli.js';

const newestSource = (dir) =>
	Math.max(
		0,
		...readdirSync(dir, {withFileTypes: true}).map((entry) =>
			entry.isDirectory() ? newestSource(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
		),
	);

const isStale = () => {
	try {
		return statSync(outfile).mtimeMs < Math.max(newestSource('source'), statSync('package.json').mtimeMs);
	} catch {
		return true;
	}
};

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);

await build({
	entryPoints: [entry],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	// Prefer packages' ESM builds: jsonc-parser's UMD build hides its requires from the bundler.
	mainFields: ['module', 'main'],
	minify: false,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; it is not installed.
	alias: {'react-devtools-core': './scripts/devtools-stub.js'},
	// Bundled CommonJS (React) calls require(); ESM output has none of its own.
	banner: {js: "import {createRequire as __sitrepRequire} from 'node:module';const require = __sitrepRequire(import.meta.url);"},
	// A native module: loaded from node_modules, and only when a PNG is exported.
	external: ['@resvg/resvg-js'],
	logLevel: 'warning',
});
