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
const {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} = require('node:fs');
const {homedir} = require('node:os');
const {join} = require('node:path');
const {pathToFileURL} = require('node:url');
const {Script} = require('node:vm');

const bundleHash = '__SITREP_BUNDLE_HASH__';
// 'latin1' when the build found the program all ASCII (it checks): the same string, made without UTF-8 decoding.
const bundleEncoding = '__SITREP_BUNDLE_ENCODING__';
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

const script = new Script(readFileSync(mainFile, bundleEncoding), {filename: mainFile, cachedData});
// Only a run that drew a frame writes the cache (the program says so through import.meta.frameDrawn):
// one that stopped early (--version, a bad flag) would leave a cache without most of the program,
// accepted, and so never replaced, by every later start.
let frameDrawn = false;
if (cacheFile && (cachedData === undefined || script.cachedDataRejected))
	// Written as the process ends, so the functions this run compiled are in it.
	process.once('exit', () => {
		if (!frameDrawn) return;
		try {
			mkdirSync(folder, {recursive: true});
			const temporary = `${cacheFile}.${process.pid}.tmp`;
			writeFileSync(temporary, script.createCachedData());
			renameSync(temporary, cacheFile);
			// Caches that other builds of sitrep left for this Node version go, but for the two written last:
			// two installs of different versions (a global and a project one) then do not keep replacing each other's.
			const mine = `-${process.version}-${process.arch}.v8`;
			const others = readdirSync(folder)
				.filter((name) => name.startsWith('code-') && name.endsWith(mine) && join(folder, name) !== cacheFile)
				.map((name) => ({file: join(folder, name), written: statSync(join(folder, name)).mtimeMs}))
				.sort((a, b) => b.written - a.written);
			for (const {file} of others.slice(2)) rmSync(file, {force: true});
		} catch {
			// A cache that cannot be written is skipped: it only saves a compile.
		}
	});
const importMeta = {
	url: pathToFileURL(__filename).href,
	frameDrawn: () => {
		frameDrawn = true;
	},
};
script
	.runInThisContext()(require, importMeta)
	.catch((error) => {
		// What an uncaught error in an ES module would print, and its exit code.
		process.exitCode = 1;
		throw error;
	});
