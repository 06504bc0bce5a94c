import type {HostNode} from './nodes.js';
import {Unsupported, measure, measureAt, squash} from './text.js';

/*
 * The part of Yoga's flexbox the dashboard uses, computed directly: columns and
 * rows that never need to shrink or grow, children stretched across (Yoga's
 * default align-items), fixed widths and heights, margins, hidden overflow.
 * Whatever would make Yoga shrink a child, or any style not listed here, raises
 * Unsupported: the frame then goes to Ink.
 */

export type Placed = {node: HostNode; x: number; y: number; width: number; height: number; children: Placed[]; text?: string};

type Margins = {top: number; right: number; bottom: number; left: number};

const boxDefaults: Record<string, unknown> = {flexWrap: 'nowrap', flexGrow: 0, flexShrink: 1};
const textDefaults: Record<string, unknown> = {flexGrow: 0, flexShrink: 1, flexDirection: 'row'};
const boxKeys = new Set(['flexDirection', 'width', 'height', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft']);
const overflowKeys = new Set(['overflow', 'overflowX', 'overflowY']);

const cells = (value: unknown, what: string): number | undefined => {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Unsupported(`${what}: ${String(value)}`);
	return value;
};

/** Refuses any style this layout does not reproduce exactly. */
const checkStyle = (node: HostNode) => {
	const isText = node.name === 'ink-text';
	for (const [key, value] of Object.entries(node.style)) {
		if (value === undefined) continue;
		const defaults = isText ? textDefaults : boxDefaults;
		if (key in defaults) {
			if (defaults[key] !== value) throw new Unsupported(`${key}: ${String(value)}`);
		} else if (isText ? key !== 'textWrap' : !boxKeys.has(key) && !overflowKeys.has(key)) throw new Unsupported(`style ${key}`);
		else if (overflowKeys.has(key) && value !== 'visible' && value !== 'hidden') throw new Unsupported(`${key}: ${String(value)}`);
	}
	if (
		!isText &&
		node.style['flexDirection'] !== undefined &&
		node.style['flexDirection'] !== 'row' &&
		node.style['flexDirection'] !== 'column'
	)
		throw new Unsupported(`flexDirection: ${String(node.style['flexDirection'])}`);
};

const marginsOf = (node: HostNode): Margins => ({
	top: cells(node.style['marginTop'], 'marginTop') ?? 0,
	right: cells(node.style['marginRight'], 'marginRight') ?? 0,
	bottom: cells(node.style['marginBottom'], 'marginBottom') ?? 0,
	left: cells(node.style['marginLeft'], 'marginLeft') ?? 0,
});

const elements = (node: HostNode): HostNode[] =>
	node.children.map((child) => {
		if (child.name === '#text' || child.name === 'ink-virtual-text') throw new Unsupported('text outside a Text');
		return child;
	});

/** A node laid out `width` wide from (x, y); `height` when its parent fixes it (stretch across a row). */
const place = (node: HostNode, x: number, y: number, width: number, height: number | undefined): Placed => {
	checkStyle(node);
	if (node.name === 'ink-text') {
		const text = squash(node);
		const size = measureAt(text, width, String(node.style['textWrap'] ?? 'wrap'));
		if (height !== undefined && height < size.height) throw new Unsupported('a text taller than its row');
		return {node, x, y, width, height: height ?? size.height, children: [], text};
	}
	const fixed = cells(node.style['height'], 'height');
	if (height !== undefined && fixed !== undefined && fixed !== height) throw new Unsupported('a fixed height in a stretched row');
	const limit = fixed ?? height;
	const placed = node.style['flexDirection'] === 'row' ? placeRow(node, x, y, width, limit) : placeColumn(node, x, y, width, limit);
	return placed;
};

const placeColumn = (node: HostNode, x: number, y: number, width: number, height: number | undefined): Placed => {
	const children: Placed[] = [];
	let top = 0;
	for (const child of elements(node)) {
		const margins = marginsOf(child);
		const own = child.name === 'ink-box' ? cells(child.style['width'], 'width') : undefined;
		const childWidth = own ?? width - margins.left - margins.right;
		if (childWidth < 0) throw new Unsupported('no room across');
		top += margins.top;
		const placed = place(child, x + margins.left, y + top, childWidth, undefined);
		children.push(placed);
		top += placed.height + margins.bottom;
	}
	if (height !== undefined && top > height) throw new Unsupported('a column taller than its box (Yoga would shrink it)');
	return {node, x, y, width, height: height ?? top, children};
};

const placeRow = (node: HostNode, x: number, y: number, width: number, height: number | undefined): Placed => {
	const items = elements(node).map((child) => {
		const margins = marginsOf(child);
		let own: number;
		if (child.name === 'ink-text') own = measure(squash(child)).width;
		else {
			const fixed = cells(child.style['width'], 'width');
			if (fixed === undefined) throw new Unsupported('a box without a width in a row');
			own = fixed;
		}
		return {child, margins, own};
	});
	const used = items.reduce((sum, {margins, own}) => sum + margins.left + own + margins.right, 0);
	if (used > width) throw new Unsupported('a row wider than its box (Yoga would shrink it)');
	// Heights as content needs, then each child stretched to the row's height.
	let rowHeight = height;
	if (rowHeight === undefined) {
		rowHeight = 0;
		for (const {child, margins, own} of items) {
			const content = place(child, 0, 0, own, undefined).height;
			rowHeight = Math.max(rowHeight, margins.top + content + margins.bottom);
		}
	}
	const children: Placed[] = [];
	let left = 0;
	for (const {child, margins, own} of items) {
		left += margins.left;
		const stretched = rowHeight - margins.top - margins.bottom;
		if (stretched < 0) throw new Unsupported('no room down');
		children.push(place(child, x + left, y + margins.top, own, stretched));
		left += own + margins.right;
	}
	return {node, x, y, width, height: rowHeight, children};
};

/** The whole tree laid out `columns` wide, as Ink's root is. */
export const layout = (root: HostNode, columns: number): Placed => placeColumn(root, 0, 0, columns, undefined);

export {measure};
