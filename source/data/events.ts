import type {Event, EventKind, Round, Statement} from './schema.js';

export const eventsOn = (round: Pick<Round, 'events'>, date: string): Event[] => round.events.filter((event) => event.date === date);

/** A day's events by kind, kinds in the order they first occur that day. */
export const eventsByKind = (events: readonly Event[]): Array<{kind: EventKind; events: Event[]}> => {
	const groups = new Map<EventKind, Event[]>();
	for (const event of events) {
		const group = groups.get(event.kind);
		if (group) group.push(event);
		else groups.set(event.kind, [event]);
	}
	return [...groups].map(([kind, grouped]) => ({kind, events: grouped}));
};

export const statementsOn = (round: Pick<Round, 'statements'>, date: string): Statement[] =>
	round.statements.filter((statement) => statement.date === date);
