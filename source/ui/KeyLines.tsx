import {Text} from '../render/primitives.js';
import {keyBlockTexts, type KeyLine} from '../view/key-lines.js';
import {truncate} from './text.js';

/*
 * A block of key-figure lines (Overview, and the top of Casualties and
 * Escalation): one line per figure on screen; in an export every originator,
 * wrapped under the first. `max`: the most screen lines the block may take,
 * the last then saying how many figures are left out and where they are.
 */

/** The lines the block prints at a width, cut to `max` with a "+n more" line naming `where`. */
export const keyBlockLines = (
	lines: readonly KeyLine[],
	width: number,
	{whole = false, max = Infinity, where = 'on Overview'} = {},
): string[] => {
	const printed = keyBlockTexts(lines, width, whole);
	const total = printed.reduce((sum, each) => sum + each.length, 0);
	if (whole || total <= max) return printed.flat();
	const out: string[] = [];
	let shown = 0;
	for (const each of printed) {
		if (out.length + each.length > max - 1) break;
		out.push(...each);
		shown++;
	}
	out.push(truncate(` +${lines.length - shown} more key figures ${where}`, width));
	return out;
};

export const KeyLines = ({
	lines,
	width,
	whole,
	max,
	where,
}: {
	lines: readonly KeyLine[];
	width: number;
	whole: boolean;
	max?: number;
	where?: string;
}) => (
	<>
		{keyBlockLines(lines, width, {whole, ...(max === undefined ? {} : {max}), ...(where === undefined ? {} : {where})}).map(
			(line, index) => (
				<Text key={`k-${index}`} wrap="truncate-end">
					{line}
				</Text>
			),
		)}
	</>
);

/** The most lines a key block may take at the top of a detail pane: it must leave the pane its body. */
export const keyBlockCap = (height: number): number => (height < 24 ? 4 : Math.min(8, Math.floor(height / 3)));

/** The lines of a detail pane's key block: capped on screen, whole in an export. */
export const detailKeyLines = (lines: readonly KeyLine[], width: number, height: number, whole: boolean): string[] =>
	lines.length === 0 ? [] : keyBlockLines(lines, width, {whole, max: keyBlockCap(height)});
