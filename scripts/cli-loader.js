#!/usr/bin/env node
// sitrep's entry (dist/cli.js, written by scripts/build.js from scripts/cli-loader.js).
// The program itself is dist/sitrep-main.js, one function compiled with a V8
// code cache kept in the user's cache folder: compiling the bundle is a large
// part of start-up, and Node 20 has no compile cache of its own for it. The
// cache is named by the bundle's hash and the Node version and architecture;
// V8 rejects one made by another V8 or with other flags, and a cache that is
// missing, rejected or cannot be written only costs the compile it would have saved.
// CommonJS (dist/package.json says so), as Node's module loader for ESM costs
// more to start than the whole of this file.
'use strict';
const {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} = require('node:fs');
const {homedir} = require('node:os');
const {join} = require('node:path');
const {pathToFileURL} = require('node:url');
const {Script} = require('node:vm');

const bundleHash = '__SITREP_BUNDLE_HASH__';
const mainFile = join(__dirname, 'sitrep-main.js');

const cacheFolder = () => {
	const {env, platform} = process;
	if (env.SITREP_CODE_CACHE === '0') return undefined;
	if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'sitrep', 'Cache') : undefined;
	const home = homedir();
	if (platform === 'darwin') return join(home, 'Library', 'Caches', 'sitrep');
	return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'sitrep');
};

let folder;
let cacheFile;
let cachedData;
try {
	folder = cacheFolder();
	if (folder) {
		cacheFile = join(folder, `code-${bundleHash}-${process.version}-${process.arch}.v8`);
		cachedData = readFileSync(cacheFile);
	}
} catch {
	// No cache folder to be had: compile without one.
}

const script = new Script(readFileSync(mainFile, 'utf8'), {filename: mainFile, cachedData});
if (cacheFile && (cachedData === undefined || script.cachedDataRejected))
	// Written as the process ends, so the functions this run compiled are in it.
	process.once('exit', () => {
		try {
			mkdirSync(folder, {recursive: true});
			const temporary = `${cacheFile}.${process.pid}.tmp`;
			writeFileSync(temporary, script.createCachedData());
			renameSync(temporary, cacheFile);
			// One cache per Node version: the one an older build of sitrep left goes.
			const mine = `-${process.version}-${process.arch}.v8`;
			for (const name of readdirSync(folder))
				if (name.startsWith('code-') && name.endsWith(mine) && join(folder, name) !== cacheFile) rmSync(join(folder, name), {force: true});
		} catch {
			// A cache that cannot be written is skipped: it only saves a compile.
		}
	});
script
	.runInThisContext()(require, {url: pathToFileURL(__filename).href})
	.catch((error) => {
		// What an uncaught error in an ES module would print, and its exit code.
		process.exitCode = 1;
		throw error;
	});
