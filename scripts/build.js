// Bundles the CLI into dist/cli.js: one file loads far faster than a tree of
// modules, and production React skips its development checks.
// `--if-stale` (npm start) rebuilds only when a source is newer than the bundle.
import {statSync, readdirSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {dirname, join} from 'node:path';
import {tmpdir} from 'node:os';
import {pathToFileURL} from 'node:url';
import {bundle, bundleProgram} from './bundle.js';

// dist/cli.js is a small loader (scripts/cli-loader.js) that runs dist/sitrep-main.js with a V8 code cache.
const outfile = 'dist/cli.js';
const program = 'dist/sitrep-main.js';

const newestSource = (dir) =>
	Math.max(
		0,
		...readdirSync(dir, {withFileTypes: true}).map((entry) =>
			entry.isDirectory() ? newestSource(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
		),
	);

const isStale = () => {
	try {
		const built = Math.min(statSync(outfile).mtimeMs, statSync(program).mtimeMs);
		return (
			built <
			Math.max(
				newestSource('source'),
				newestSource('scripts'),
				newestSource('patches'),
				newestSource('data'),
				statSync('package.json').mtimeMs,
			)
		);
	} catch {
		return true;
	}
};

if (!process.argv.includes('--if-stale') || isStale()) {
	const code = await bundleProgram('source/cli.tsx');
	mkdirSync('dist', {recursive: true});
	writeFileSync(program, code);
	const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
	// An unminified build (for profiles) may keep comments with other characters: it is read as UTF-8.
	const encoding = /^[\u0000-\u007F]*$/.test(code) ? 'latin1' : 'utf8';
	writeFileSync(
		outfile,
		readFileSync('scripts/cli-loader.js', 'utf8').replace('__SITREP_BUNDLE_HASH__', hash).replace('__SITREP_BUNDLE_ENCODING__', encoding),
		{mode: 0o755},
	);
	// The loader is CommonJS: its folder says so, whatever the package's own "type". The name and version
	// are the package's: `--version` reads the nearest package.json, which is this one.
	const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));
	writeFileSync('dist/package.json', `${JSON.stringify({name, version, type: 'commonjs'})}\n`);
	// The shipped rounds, validated now rather than on every start (source/data/prevalidated.ts).
	const validator = join(mkdtempSync(join(tmpdir(), 'sitrep-build-')), 'prevalidate.mjs');
	await bundle('scripts/prevalidate.ts', validator);
	const {writePrevalidated} = await import(pathToFileURL(validator).href);
	writePrevalidated('data', 'dist/rounds.json');
	rmSync(dirname(validator), {recursive: true, force: true});
}
