/*
 * Yoga, Ink's layout engine, compiles its WebAssembly off the main thread once its
 * module loads, and Ink's first frame waits for it. An interactive session starts
 * it here, imported before anything else in cli.tsx, so the compile overlaps
 * loading sitrep's modules, parsing the arguments, reading the rounds and painting
 * the first frame (source/render draws that one, and every snapshot and export,
 * without Ink; a frame it declines loads Yoga then). It is the module Ink imports;
 * Ink itself loads later, as its colour library must see FORCE_COLOR first.
 */
import {isTerminal} from './terminal.js';

const argv = process.argv.slice(2);
// Not process.stdin.isTTY: touching process.stdin sets up a stream a snapshot never reads.
const interactive =
	isTerminal(0) &&
	isTerminal(1) &&
	process.env['TERM'] !== 'dumb' &&
	!['validate', 'convert'].includes(argv[0] ?? '') &&
	!argv.some((arg) => ['--help', '--version', '--list', '--snapshot'].includes(arg) || /^--export(=|$)/.test(arg));
// A failure shows where Ink loads Yoga itself.
if (interactive) import('yoga-layout').catch(() => undefined);
