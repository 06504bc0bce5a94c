import createReconciler from 'react-reconciler';
import {DefaultEventPriority, LegacyRoot, NoEventPriority} from 'react-reconciler/constants.js';
import {createContext, type ReactNode} from 'react';

/*
 * The host tree Ink's own <Box> and <Text> produce (ink-box, ink-text, nested
 * ink-text becoming ink-virtual-text, '#text' strings), kept as plain objects:
 * no Yoga node, no terminal. React itself (hooks, class components, error
 * boundaries) runs exactly as under Ink; only the host side is ours.
 * Anything Ink would treat differently from what we lay out is recorded in
 * `unsupported`, so the caller can hand the frame to Ink instead.
 */

export type Transform = (text: string, index: number) => string;
export type HostNode = {
	name: 'ink-root' | 'ink-box' | 'ink-text' | 'ink-virtual-text';
	style: Record<string, unknown>;
	transform: Transform | undefined;
	children: TreeNode[];
};
export type TextLeaf = {name: '#text'; value: string};
export type TreeNode = HostNode | TextLeaf;
type Root = HostNode & {unsupported: string | undefined; error: unknown};

const refuse = (root: Root, why: string) => {
	root.unsupported ??= why;
};

const known = new Set(['children', 'style', 'internal_transform', 'internal_accessibility']);

let currentRoot: Root | undefined;

const create = (type: string, props: Record<string, unknown>, root: Root, context: {inText: boolean}): HostNode => {
	const name = type === 'ink-text' && context.inText ? 'ink-virtual-text' : type;
	if (name !== 'ink-box' && name !== 'ink-text' && name !== 'ink-virtual-text') refuse(root, `element <${type}>`);
	if (context.inText && type === 'ink-box') refuse(root, 'a Box inside a Text');
	for (const [key, value] of Object.entries(props)) {
		// React 19 passes <Box>'s forwarded ref as a prop; a ref asks for the host node, which only Ink has.
		if (key === 'ref' ? value !== undefined && value !== null : !known.has(key)) refuse(root, `prop ${key}`);
		if (key === 'internal_accessibility') {
			const {role, state} = value as {role?: unknown; state?: unknown};
			if (role !== undefined || state !== undefined) refuse(root, 'accessibility role or state');
		}
	}
	return {
		name: name as HostNode['name'],
		style: (props['style'] as Record<string, unknown> | undefined) ?? {},
		transform: props['internal_transform'] as Transform | undefined,
		children: [],
	};
};

const append = (parent: HostNode, child: TreeNode) => {
	const at = parent.children.indexOf(child);
	if (at >= 0) parent.children.splice(at, 1);
	parent.children.push(child);
};
const insertBefore = (parent: HostNode, child: TreeNode, before: TreeNode) => {
	const at = parent.children.indexOf(child);
	if (at >= 0) parent.children.splice(at, 1);
	const index = parent.children.indexOf(before);
	parent.children.splice(index >= 0 ? index : parent.children.length, 0, child);
};
const remove = (parent: HostNode, child: TreeNode) => {
	const at = parent.children.indexOf(child);
	if (at >= 0) parent.children.splice(at, 1);
};

let priority = NoEventPriority;

// One render, synchronous and mounted once: updates after the first commit only
// happen through effects, which the frames we draw do not use (any that did would
// change what Ink shows after the first commit, so they are refused).
const reconciler = createReconciler({
	getRootHostContext: () => ({inText: false}),
	getChildHostContext: (parent: {inText: boolean}, type: string) => {
		const inText = type === 'ink-text' || type === 'ink-virtual-text';
		return parent.inText === inText ? parent : {inText};
	},
	prepareForCommit: () => null,
	resetAfterCommit: () => {},
	preparePortalMount: () => null,
	clearContainer: () => false,
	shouldSetTextContent: () => false,
	createInstance: (type: string, props: Record<string, unknown>, root: Root, context: {inText: boolean}) =>
		create(type, props, root, context),
	createTextInstance: (text: string, root: Root, context: {inText: boolean}): TextLeaf => {
		if (!context.inText) refuse(root, 'text outside a Text');
		return {name: '#text', value: text};
	},
	resetTextContent: () => {},
	hideTextInstance: () => refuse(currentRoot!, 'hidden text (Suspense)'),
	unhideTextInstance: () => refuse(currentRoot!, 'hidden text (Suspense)'),
	hideInstance: () => refuse(currentRoot!, 'hidden element (Suspense)'),
	unhideInstance: () => refuse(currentRoot!, 'hidden element (Suspense)'),
	getPublicInstance: (instance: unknown) => instance,
	appendInitialChild: append,
	appendChild: append,
	insertBefore,
	removeChild: remove,
	appendChildToContainer: append,
	insertInContainerBefore: insertBefore,
	removeChildFromContainer: remove,
	finalizeInitialChildren: () => false,
	commitUpdate: () => refuse(currentRoot!, 'an update after the first commit'),
	commitTextUpdate: () => refuse(currentRoot!, 'an update after the first commit'),
	// Not the primary renderer: Ink may be live in the same process (the brief footer is measured during a session).
	isPrimaryRenderer: false,
	supportsMutation: true,
	supportsPersistence: false,
	supportsHydration: false,
	supportsMicrotasks: true,
	scheduleMicrotask: queueMicrotask,
	scheduleCallback: (_priority: unknown, callback: () => void) => setTimeout(callback),
	cancelCallback: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
	shouldYield: () => false,
	now: () => performance.now(),
	scheduleTimeout: setTimeout,
	cancelTimeout: clearTimeout,
	noTimeout: -1,
	beforeActiveInstanceBlur: () => {},
	afterActiveInstanceBlur: () => {},
	detachDeletedInstance: () => {},
	getInstanceFromNode: () => null,
	prepareScopeUpdate: () => {},
	getInstanceFromScope: () => null,
	setCurrentUpdatePriority: (next: number) => {
		priority = next;
	},
	getCurrentUpdatePriority: () => priority,
	resolveUpdatePriority: () => (priority === NoEventPriority ? DefaultEventPriority : priority),
	maySuspendCommit: () => false,
	NotPendingTransition: undefined,
	HostTransitionContext: createContext(null),
	resetFormInstance: () => {},
	requestPostPaintCallback: () => {},
	shouldAttemptEagerTransition: () => false,
	trackSchedulerEvent: () => {},
	resolveEventType: () => null,
	resolveEventTimeStamp: () => -1.1,
	preloadInstance: () => true,
	startSuspendingCommit: () => {},
	suspendInstance: () => {},
	waitForCommitToBeReady: () => null,
	rendererPackageName: 'sitrep-string-renderer',
	rendererVersion: '1',
});

/** The host tree of one element after its first commit, or why it cannot be drawn here. */
export const hostTree = (element: ReactNode): {root: HostNode; unsupported: string | undefined} => {
	const root: Root = {name: 'ink-root', style: {}, transform: undefined, children: [], unsupported: undefined, error: undefined};
	const previous = currentRoot;
	currentRoot = root;
	const onError = (error: unknown) => {
		root.error ??= error;
	};
	const container = reconciler.createContainer(
		root,
		LegacyRoot,
		null,
		false,
		null,
		'sitrep',
		onError,
		() => {},
		() => {},
		() => {},
	);
	try {
		reconciler.updateContainerSync(element, container, null, () => {});
		reconciler.flushSyncWork();
		// Unmounted at once: effects' clean-ups run, as after Ink's renderToString.
		const tree = {...root, children: [...root.children]};
		reconciler.updateContainerSync(null, container, null, () => {});
		reconciler.flushSyncWork();
		// An error Ink would rethrow: let Ink draw the frame, and throw it, as before.
		if (root.error !== undefined) return {root: tree, unsupported: 'an uncaught error'};
		return {root: tree, unsupported: root.unsupported};
	} finally {
		currentRoot = previous;
	}
};
