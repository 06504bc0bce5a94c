import {signs} from '../view/signs.js';

/*
 * One palette for dark and light backgrounds: mid-tone colours that read on
 * both, with bold, dim and inverse carrying emphasis. Colour never carries
 * meaning alone: every coloured mark also differs in text or glyph.
 */
export const palette = {
	accent: 'magenta',
	bar: 'green',
	warning: 'red',
	progress: 'green',
	unconfirmed: 'yellow',
} as const;

/** Bar glyphs: reported figures are solid, derived ones shaded, so the difference survives without colour. Defined with their meaning in view/signs. */
export const glyphs = {
	reported: signs.reported.mark,
	derived: signs.derived.mark,
	noReport: signs.noReport.mark,
	selected: signs.selected.mark,
} as const;
