// sitrep's changes to Ink, applied while bundling (never to node_modules).
// Each patch names the exact file it replaces by its SHA-256: when Ink is
// upgraded and the file differs, the build stops with a message instead of
// silently mixing a patch with code it was not written for. README
// (Performance) says what each patch does and how to drop it.
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const patchesFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'patches');

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
				return {contents: await readFile(join(patchesFolder, patch.replacement), 'utf8'), resolveDir: dirname(path), loader: 'js'};
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
