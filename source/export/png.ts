import {createRequire} from 'node:module';
import stringWidth from 'string-width';

/*
 * PNG from the SVG with resvg and the DejaVu Sans Mono shipped in an npm
 * package (DejaVu Sans for the scripts the mono lacks, such as Hebrew),
 * system fonts off: the picture is the same on every machine.
 * Both are loaded only when a PNG is asked for, so start-up does not pay.
 *
 * DejaVu Sans Mono has no CJK, Hangul or emoji. A font that has them (Noto
 * CJK) is 15-20 MB per script and weight, too much to ship for a few names,
 * so the PNG draws each wide character (two cells on screen) and each
 * regional-indicator letter as a white square, □, in its place, and says so
 * in the README. The SVG keeps the characters themselves.
 */

export const placeholder = '□';
const flagLetter = /\p{Regional_Indicator}/u;
const drawable = (char: string) => !flagLetter.test(char) && stringWidth(char) < 2;

/** The SVG's text with the characters the bundled font cannot draw replaced, one for one (positions stay in step). */
export const withPlaceholders = (svg: string): string =>
	svg.replace(/>([^<]+)</g, (_, text: string) => `>${[...text].map((char) => (drawable(char) ? char : placeholder)).join('')}<`);

export const svgToPng = async (svg: string): Promise<Buffer> => {
	const require = createRequire(import.meta.url);
	const {Resvg} = (await import('@resvg/resvg-js')) as typeof import('@resvg/resvg-js');
	const fontDir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
	const resvg = new Resvg(withPlaceholders(svg), {
		font: {
			// DejaVu Sans after the mono: resvg takes a glyph the mono lacks (Hebrew, among others) from it rather than draw a box.
			fontFiles: [
				`${fontDir}DejaVuSansMono.ttf`,
				`${fontDir}DejaVuSansMono-Bold.ttf`,
				`${fontDir}DejaVuSans.ttf`,
				`${fontDir}DejaVuSans-Bold.ttf`,
			],
			loadSystemFonts: false,
			defaultFontFamily: 'DejaVu Sans Mono',
		},
	});
	return resvg.render().asPng();
};
