// fs.promises, not node:fs/promises: it loads on first use, where the module would load (with readline and
// file streams) at every start, export or not.
import {constants, existsSync, promises as fsAsync, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {cleanText} from '../data/clean-text.js';

/*
 * Every file sitrep writes goes through here: `--export FILE`, `convert -o FILE`
 * and the app's `e` key. Three promises:
 * - inputs are never outputs: a name that is (through symlinks or hard links)
 *   a file this run reads or sitrep ships is refused before anything is done;
 * - a file the user named is replaced atomically (a temporary file in the same
 *   folder, then a rename): a symlink at that name is replaced by the new file,
 *   never followed, and a failure leaves nothing behind and the old file as it was;
 * - the `e` key only ever creates new files (exclusive create, no symlink
 *   followed): an existing name gets -2, -3 … instead.
 * Failures are one line without a stack (WriteError), file names cleaned.
 */

export class WriteError extends Error {}

const shown = (file: string) => cleanText(file);

// Why a write failed, in words: the library's text names the temporary file and the system call.
const reason = (error: NodeJS.ErrnoException, folder: string): string => {
	switch (error.code) {
		case 'ENOENT':
			return `the folder ${shown(folder)} does not exist`;
		case 'ENOTDIR':
			return `${shown(folder)} is not a folder`;
		case 'EACCES':
		case 'EPERM':
			return `permission denied in ${shown(folder)}`;
		case 'ENOSPC':
		case 'EDQUOT':
			return 'no space left on the disk; nothing was written';
		case 'EROFS':
			return `${shown(folder)} is on a read-only file system`;
		case 'EISDIR':
			return 'that is a folder';
		case 'ENAMETOOLONG':
			return 'the name is too long';
		default:
			return `cannot write (${error.code ?? 'unknown error'})`;
	}
};

// O_NOFOLLOW: a symlink planted at the name makes the open fail instead of writing through it.
const exclusive = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

const createWith = async (path: string, bytes: Buffer): Promise<void> => {
	const handle = await fsAsync.open(path, exclusive, 0o666);
	try {
		await handle.write(bytes);
		await handle.sync();
	} catch (error) {
		await handle.close().catch(() => {});
		// This file was created just now by this call: removing it loses nothing of the user's.
		await fsAsync.unlink(path).catch(() => {});
		throw error;
	}
	await handle.close();
};

const asBuffer = (bytes: string | Uint8Array) =>
	typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Writes the file a user named (`--export FILE`, `-o FILE`), replacing it whole or not at all.
 * Refuses a folder, a device or a FIFO at that name. Throws WriteError with one line.
 */
export const writeReplacing = async (file: string, bytes: string | Uint8Array): Promise<void> => {
	const target = resolve(file);
	const folder = dirname(target);
	const existing = await fsAsync.lstat(target).catch(() => undefined);
	if (existing?.isDirectory()) throw new WriteError('that is a folder');
	if (existing && !existing.isFile() && !existing.isSymbolicLink())
		throw new WriteError('that is not a regular file (a device or pipe); nothing was written');
	const folderStat = await fsAsync.stat(folder).catch((error: NodeJS.ErrnoException) => {
		throw new WriteError(reason(error, folder));
	});
	if (!folderStat.isDirectory()) throw new WriteError(`${shown(folder)} is not a folder`);
	const temporary = join(folder, `.${basename(target)}.${process.pid}-${randomHex()}.tmp`);
	try {
		await createWith(temporary, asBuffer(bytes));
		await fsAsync.rename(temporary, target);
	} catch (error) {
		await fsAsync.unlink(temporary).catch(() => {});
		throw new WriteError(reason(error as NodeJS.ErrnoException, folder));
	}
};

// Random, so nobody can take the name first; the Web Crypto global loads Node's crypto module only now, not at every start.
const randomHex = () =>
	Array.from(globalThis.crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Creates `path`, which must not exist (not even as a symlink). Throws the system error (EEXIST when taken). */
export const writeNew = async (path: string, bytes: string | Uint8Array): Promise<void> => createWith(path, asBuffer(bytes));

/**
 * Writes one file per extension under `base`, or `base-2`, `base-3` … : the
 * first name free for all of them, each created exclusively, so no existing
 * file is overwritten even if one appears meanwhile. Returns the base used.
 */
export const writeFresh = async (base: string, files: ReadonlyArray<{extension: string; bytes: string | Uint8Array}>): Promise<string> => {
	const folder = dirname(resolve(base));
	for (let n = 1; n <= 10_000; n++) {
		const candidate = `${base}${n === 1 ? '' : `-${n}`}`;
		const created: string[] = [];
		try {
			for (const {extension, bytes} of files) {
				await writeNew(`${candidate}${extension}`, bytes);
				created.push(`${candidate}${extension}`);
			}
			return candidate;
		} catch (error) {
			for (const path of created) await fsAsync.unlink(path).catch(() => {});
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteError(reason(error as NodeJS.ErrnoException, folder));
		}
	}
	throw new WriteError(`no free name for ${shown(basename(base))} in ${shown(folder)}`);
};

/*
 * What sitrep ships: its package files, its data folder (the bundled rounds
 * and schema.json) and the program (dist/, the bundle; source/ in a checkout).
 * Found by walking up from this module to the package.json named sitrep,
 * which works from source and from the bundle.
 */
const packageRoot = (): string | undefined => {
	let folder = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const manifest = join(folder, 'package.json');
		try {
			if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string}).name === 'sitrep') return folder;
		} catch {
			// An unreadable or malformed package.json is not ours: keep walking up.
		}
		const parent = dirname(folder);
		if (parent === folder) return undefined;
		folder = parent;
	}
};

const filesIn = (folder: string): string[] => {
	try {
		return readdirSync(folder).map((name) => join(folder, name));
	} catch {
		return [];
	}
};

/** Folders sitrep reads its own files from: nothing is written into them. */
export const shippedFolders = (): string[] => {
	const root = packageRoot();
	const folders = [dirname(fileURLToPath(import.meta.url))];
	if (root) folders.push(join(root, 'data'), join(root, 'dist'), join(root, 'source'));
	return [...new Set(folders)];
};

/** Files sitrep ships: the package files and everything in its own folders. */
export const shippedFiles = (): string[] => {
	const root = packageRoot();
	const files = shippedFolders().flatMap(filesIn);
	if (root) files.push(...['package.json', 'package-lock.json', 'README.md', 'LICENSE'].map((name) => join(root, name)));
	return files;
};

type Identity = {dev: number; ino: number};
const identity = (path: string): Identity | undefined => {
	try {
		const {dev, ino} = statSync(path);
		return {dev, ino};
	} catch {
		return undefined;
	}
};
const realFolder = (path: string): string | undefined => {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
};

/**
 * Why `output` (given with `flag`, e.g. "--export") must not be written, as one
 * line, or undefined when it may be: it is (by realpath, symlink or hard link:
 * same device and inode) one of `reads` or a file sitrep ships, or it lies in
 * one of sitrep's own folders.
 */
export const outputRefusal = (flag: string, output: string, reads: readonly string[]): string | undefined => {
	const line = (why: string) => `${flag} ${shown(output)}: ${why}; nothing was written`;
	const target = identity(output);
	if (target) {
		const same = (path: string) => {
			const other = identity(path);
			return other !== undefined && other.dev === target.dev && other.ino === target.ino;
		};
		const read = reads.find(same);
		if (read) return line(`that is ${shown(read)}, which this run reads`);
		const shipped = shippedFiles().find(same);
		if (shipped) return line(`that is ${shown(basename(shipped))}, which sitrep ships`);
	}
	const folder = realFolder(dirname(resolve(output)));
	if (folder && shippedFolders().some((each) => realFolder(each) === folder))
		return line(`that is in sitrep's own folder ${shown(folder)}`);
	return undefined;
};

/** Why `folder` cannot take the `e` key's exports (`--export-dir`), or undefined. */
export const exportFolderProblem = (folder: string): string | undefined => {
	const found = statSync(folder, {throwIfNoEntry: false});
	if (!found) return `--export-dir ${shown(folder)}: no such folder`;
	if (!found.isDirectory()) return `--export-dir ${shown(folder)}: not a folder`;
	return undefined;
};
