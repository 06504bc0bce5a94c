import {createElement, type ReactNode} from 'react';
import chalk from 'chalk';

/*
 * <Box> and <Text> as Ink 6.8 defines them (build/components/Box.js, Text.js),
 * for the props sitrep uses: the same host elements (ink-box, ink-text), the same
 * style objects and the same per-line style transform, so Ink draws them exactly
 * as its own. They live here rather than being imported from 'ink' so that a
 * frame the string renderer draws (source/render/to-string.ts) never loads Ink
 * or compiles Yoga. Left out: aria-label/aria-hidden and backgroundColor (they
 * read Ink's contexts; sitrep uses neither). test/string-render.test.tsx checks
 * these against Ink's own components.
 */

type Wrap = 'wrap' | 'truncate' | 'truncate-start' | 'truncate-middle' | 'truncate-end';

export type TextProps = {
	color?: string | undefined;
	dimColor?: boolean | undefined;
	bold?: boolean | undefined;
	italic?: boolean | undefined;
	underline?: boolean | undefined;
	strikethrough?: boolean | undefined;
	inverse?: boolean | undefined;
	wrap?: Wrap | undefined;
	children?: ReactNode;
};

const rgb = /^rgb\(\s?(\d+),\s?(\d+),\s?(\d+)\s?\)$/;
const ansi256 = /^ansi256\(\s?(\d+)\s?\)$/;

/** Ink's colorize, foreground only. */
const colorize = (text: string, color: string): string => {
	if (color in chalk) return (chalk[color as 'red'] as (text: string) => string)(text);
	if (color.startsWith('#')) return chalk.hex(color)(text);
	if (color.startsWith('ansi256')) {
		const match = ansi256.exec(color);
		return match ? chalk.ansi256(Number(match[1]))(text) : text;
	}
	if (color.startsWith('rgb')) {
		const match = rgb.exec(color);
		return match ? chalk.rgb(Number(match[1]), Number(match[2]), Number(match[3]))(text) : text;
	}
	return text;
};

export const Text = ({
	color,
	dimColor = false,
	bold = false,
	italic = false,
	underline = false,
	strikethrough = false,
	inverse = false,
	wrap = 'wrap',
	children,
}: TextProps) => {
	if (children === undefined || children === null) return null;
	// In Ink's order: dim, colour, bold, italic, underline, strikethrough, inverse.
	const transform = (text: string) => {
		if (dimColor) text = chalk.dim(text);
		if (color) text = colorize(text, color);
		if (bold) text = chalk.bold(text);
		if (italic) text = chalk.italic(text);
		if (underline) text = chalk.underline(text);
		if (strikethrough) text = chalk.strikethrough(text);
		if (inverse) text = chalk.inverse(text);
		return text;
	};
	return createElement(
		'ink-text',
		{style: {flexGrow: 0, flexShrink: 1, flexDirection: 'row', textWrap: wrap}, internal_transform: transform},
		children,
	);
};

export type BoxProps = {
	flexDirection?: 'row' | 'column' | 'row-reverse' | 'column-reverse' | undefined;
	width?: number | undefined;
	height?: number | undefined;
	paddingX?: number | undefined;
	paddingY?: number | undefined;
	marginTop?: number | undefined;
	marginRight?: number | undefined;
	marginBottom?: number | undefined;
	marginLeft?: number | undefined;
	borderStyle?: 'single' | 'double' | 'round' | 'bold' | 'singleDouble' | 'doubleSingle' | 'classic' | undefined;
	overflow?: 'visible' | 'hidden' | undefined;
	overflowX?: 'visible' | 'hidden' | undefined;
	overflowY?: 'visible' | 'hidden' | undefined;
	children?: ReactNode;
};

export const Box = ({children, ...style}: BoxProps) =>
	createElement(
		'ink-box',
		{
			style: {
				flexWrap: 'nowrap',
				flexDirection: 'row',
				flexGrow: 0,
				flexShrink: 1,
				...style,
				backgroundColor: undefined,
				overflowX: style.overflowX ?? style.overflow ?? 'visible',
				overflowY: style.overflowY ?? style.overflow ?? 'visible',
			},
			internal_accessibility: {role: undefined, state: undefined},
		},
		children,
	);
