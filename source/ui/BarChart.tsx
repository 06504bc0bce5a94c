import type {ReactElement, ReactNode} from 'react';
import {Box, Text} from '../render/primitives.js';
import {fit, truncate, widthOf} from './text.js';
import {glyphs, palette} from './palette.js';
import {signs} from '../view/signs.js';

export type BarRow = {
	key: string;
	label: string;
	/** reported █, derived ▒, carried forward ░ (an earlier running total drawn again), no report: words. */
	kind: 'reported' | 'derived' | 'carried' | 'no-report';
	/** The bar's length; undefined for no report, which is drawn differently from 0. */
	value?: number | undefined;
	display: string;
	/** Flags and source marks: kept whole on every bar. */
	tail: string;
	/** After the marks, cut first when short of room: "as of 15 May", "+2". */
	note?: string | undefined;
	selected: boolean;
	/** Marks a row that matches the filter. */
	flagged?: boolean;
	/** Lines under the bar: the other originators' figures, in an export. */
	also?: string[] | undefined;
};

type Props = {
	rows: BarRow[];
	width: number;
	labelWidth: number;
	barWidth: number;
	valueWidth: number;
	max: number;
	linear: boolean;
	/** Lines per bar: a chart with room to spare draws thicker bars rather than leave rows empty. */
	thickness?: number;
};

const barGlyph = {reported: signs.reported.mark, derived: signs.derived.mark, carried: signs.carriedBar.mark} as const;

const bar = (row: BarRow, max: number, width: number): string => {
	const {value} = row;
	if (value === undefined || max <= 0 || value <= 0 || row.kind === 'no-report') return '';
	// Eighth blocks give a reported bar sub-cell resolution; a non-zero value always shows at least a sliver.
	const eighths = Math.max(1, Math.round((value / max) * width * 8));
	if (row.kind !== 'reported') return barGlyph[row.kind].repeat(Math.max(1, Math.round(eighths / 8)));
	const part = eighths % 8;
	return '█'.repeat(Math.floor(eighths / 8)) + (part ? ' ▏▎▍▌▋▊▉'[part] : '');
};

// A bar's line alone, or in a column with the lines under it (a thicker bar, other originators' counts).
const withLines = (line: ReactElement<{key?: string}>, under: ReactNode[]): ReactNode =>
	under.length === 0 ? (
		line
	) : (
		<Box key={line.key} flexDirection="column">
			{line}
			{under}
		</Box>
	);

/** One horizontal bar per day; "no report" days say so in words. */
export const BarChart = ({rows, width, labelWidth, barWidth, valueWidth, max, linear, thickness = 1}: Props) => {
	const rest = Math.max(0, width - 1 - labelWidth - 1 - barWidth - 1 - valueWidth - 1);
	return (
		<Box flexDirection="column">
			{rows.map((row) => {
				const marker = row.selected ? glyphs.selected : row.flagged ? '•' : ' ';
				const label = fit(row.label, labelWidth);
				if (linear)
					// Read in order: the day, then (in an export) the other originators' counts of it.
					return (
						<Box key={row.key} flexDirection="column">
							<Text wrap="truncate-end">
								{`${marker}${label} ${row.kind === 'no-report' ? 'no report' : row.display}${row.tail ? ` ${row.tail}` : ''}${row.note ? ` ${row.note}` : ''}`}
							</Text>
							{(row.also ?? []).map((line, index) => (
								<Text key={index}>{`  ${line}`}</Text>
							))}
						</Box>
					);
				const drawn = bar(row, max, barWidth);
				const padding = Array.from({length: thickness - 1}, (_, index) => index);
				if (row.value === undefined) {
					const line = (
						<Text key={row.key} wrap="truncate-end" bold={row.selected}>
							{`${marker}${label} `}
							<Text dimColor>
								{fit(`${glyphs.noReport.repeat(2)} no report${row.note ? ` ${row.note}` : ''}`, Math.max(0, width - 2 - labelWidth))}
							</Text>
						</Text>
					);
					return withLines(
						line,
						padding.map((index) => <Text key={index}> </Text>),
					);
				}
				// The marks are kept whole (the caller leaves room for them); a note is cut first.
				const tail = widthOf(row.tail) + 4 > rest ? row.tail : truncate(`${row.tail}${row.note ? ` ${row.note}` : ''}`, rest);
				const line = (
					<Text key={row.key} wrap="truncate-end" bold={row.selected}>
						{`${marker}${label} `}
						<Text color={palette.bar} dimColor={row.kind === 'carried'}>
							{drawn}
						</Text>
						{`${' '.repeat(Math.max(0, barWidth - drawn.length))} ${fit(row.display, valueWidth, 'right')}`}
						{rest > 0 ? <Text dimColor>{` ${fit(tail, rest)}`}</Text> : ''}
					</Text>
				);
				return withLines(line, [
					...padding.map((index) => (
						<Text key={index} wrap="truncate-end">
							{' '.repeat(1 + labelWidth + 1)}
							<Text color={palette.bar} dimColor={row.kind === 'carried'}>
								{drawn}
							</Text>
						</Text>
					)),
					...(row.also ?? []).map((also, index) => <Text key={`also-${index}`} dimColor>{`${' '.repeat(labelWidth + 2)}${also}`}</Text>),
				]);
			})}
		</Box>
	);
};
