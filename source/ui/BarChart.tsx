import {Box, Text} from 'ink';
import {fit} from './text.js';
import {glyphs, palette} from './palette.js';

export type BarRow = {
	key: string;
	label: string;
	/** Undefined: nothing reported that day, drawn differently from 0. */
	value?: number | undefined;
	display: string;
	derived?: boolean;
	selected: boolean;
	/** Extra text after the value (claimant, count of other figures). */
	note?: string;
	/** Marks a row that matches the filter. */
	flagged?: boolean;
	/** Lines under the bar: the other claimants' figures, in an export. */
	also?: string[] | undefined;
};

type Props = {rows: BarRow[]; labelWidth: number; barWidth: number; valueWidth: number; noteWidth: number; max: number; linear: boolean};

const bar = (value: number, max: number, width: number): string => {
	if (max <= 0 || value <= 0) return '';
	// Eighth blocks give the bar sub-cell resolution; a non-zero value always shows at least a sliver.
	const eighths = Math.max(1, Math.round((value / max) * width * 8));
	const full = Math.floor(eighths / 8);
	const part = eighths % 8;
	return '█'.repeat(full) + (part ? ' ▏▎▍▌▋▊▉'[part] : '');
};

/** One horizontal bar per row; "no report" rows are dotted and say so. */
export const BarChart = ({rows, labelWidth, barWidth, valueWidth, noteWidth, max, linear}: Props) => (
	<Box flexDirection="column">
		{rows.map((row) => {
			const marker = row.selected ? glyphs.selected : row.flagged ? '•' : ' ';
			const label = fit(row.label, labelWidth);
			if (linear)
				return (
					<Text key={row.key} wrap="truncate-end">
						{`${marker}${label} ${row.value === undefined ? 'no report' : row.display}${row.note ? ` ${row.note}` : ''}`}
					</Text>
				);
			if (row.value === undefined)
				return (
					<Text key={row.key} wrap="truncate-end" bold={row.selected}>
						{marker}
						{label}{' '}
						<Text dimColor>{fit(`${glyphs.noReport.repeat(2)} no report`, barWidth + 1 + valueWidth)}</Text>
						{noteWidth > 0 ? ' '.repeat(noteWidth + 1) : ''}
					</Text>
				);
			const drawn = bar(row.value, max, barWidth);
			return (
				<Box key={row.key} flexDirection="column">
				<Text wrap="truncate-end" bold={row.selected}>
					{marker}
					{label}{' '}
					<Text color={palette.bar}>{row.derived ? drawn.replaceAll(glyphs.reported, glyphs.derived) : drawn}</Text>
					{' '.repeat(Math.max(0, barWidth - drawn.length))}{' '}
					{fit(row.display, valueWidth, 'right')}
					{noteWidth > 0 ? <Text dimColor>{` ${fit(row.note ?? '', noteWidth)}`}</Text> : ''}
				</Text>
				{(row.also ?? []).map((line, index) => (
					<Text key={index} dimColor>{`${' '.repeat(labelWidth + 2)}${line}`}</Text>
				))}
				</Box>
			);
		})}
	</Box>
);
