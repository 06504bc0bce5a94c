// Bundles the CLI into dist/cli.js: one file loads far faster than a tree of
// modules, and production React skips its development checks.
// `--if-stale` (npm start) rebuilds only when a source is newer than the bundle.
import {statSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {bundle} from './bundle.js';

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

if (!process.argv.includes('--if-stale') || isStale()) await bundle('source/cli.tsx', outfile);
