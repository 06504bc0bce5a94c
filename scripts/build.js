// Bundles the CLI into dist/cli.js: one file loads far faster than a tree of
// modules, and production React skips its development checks.
// `--if-stale` (npm start) rebuilds only when a source is newer than the bundle.
import {statSync, readdirSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {join} from 'node:path';
import {bundleProgram} from './bundle.js';

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
		return built < Math.max(newestSource('source'), newestSource('scripts'), newestSource('patches'), statSync('package.json').mtimeMs);
	} catch {
		return true;
	}
};

if (!process.argv.includes('--if-stale') || isStale()) {
	const code = await bundleProgram('source/cli.tsx');
	mkdirSync('dist', {recursive: true});
	writeFileSync(program, code);
	const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
	writeFileSync(outfile, readFileSync('scripts/cli-loader.js', 'utf8').replace('__SITREP_BUNDLE_HASH__', hash), {mode: 0o755});
	// The loader is CommonJS: its folder says so, whatever the package's own "type".
	writeFileSync('dist/package.json', `${JSON.stringify({type: 'commonjs'})}\n`);
}
