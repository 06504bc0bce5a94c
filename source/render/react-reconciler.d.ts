// The few react-reconciler entry points the string renderer uses (the package ships no types).
declare module 'react-reconciler' {
	type Reconciler = {
		createContainer(...args: unknown[]): unknown;
		updateContainerSync(element: unknown, container: unknown, parent: null, callback: () => void): void;
		flushSyncWork(): void;
	};
	const createReconciler: (config: Record<string, unknown>) => Reconciler;
	export default createReconciler;
}

declare module 'react-reconciler/constants.js' {
	export const LegacyRoot: number;
	export const DefaultEventPriority: number;
	export const NoEventPriority: number;
}
