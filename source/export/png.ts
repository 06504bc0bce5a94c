import {createRequire} from 'node:module';

/*
 * PNG from the SVG with resvg and the DejaVu Sans Mono shipped in an npm
 * package, system fonts off: the picture is the same on every machine.
 * Both are loaded only when a PNG is asked for, so start-up does not pay.
 */
export const svgToPng = async (svg: string): Promise<Buffer> => {
	const require = createRequire(import.meta.url);
	const {Resvg} = (await import('@resvg/resvg-js')) as typeof import('@resvg/resvg-js');
	const fontDir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
	const resvg = new Resvg(svg, {
		font: {fontFiles: [`${fontDir}DejaVuSansMono.ttf`, `${fontDir}DejaVuSansMono-Bold.ttf`], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans Mono'},
	});
	return resvg.render().asPng();
};
