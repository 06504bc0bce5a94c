import type {Event, EventKind} from './schema.js';
import {groupBy} from './group-by.js';

/** A day's events by kind, kinds in the order they first occur that day. */
export const eventsByKind = (events: readonly Event[]): Array<{kind: EventKind; events: Event[]}> =>
	[...groupBy(events, (event) => event.kind)].map(([kind, grouped]) => ({kind, events: grouped}));
