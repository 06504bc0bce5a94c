import type {Event, Initiative, InitiativeStep, Round, Statement} from './schema.js';

export type InitiativeOnDay = {
	initiative: Initiative;
	/** The step in force on the day; undefined before the initiative's first step. */
	current?: InitiativeStep | undefined;
};

/** The last step of a history (kept oldest first) dated on or before the day. */
export const statusOn = (initiative: Initiative, date: string): InitiativeStep | undefined => {
	let current: InitiativeStep | undefined;
	for (const step of initiative.history) {
		if (step.date > date) break;
		current = step;
	}
	return current;
};

export const initiativesOn = (round: Pick<Round, 'initiatives'>, date: string): InitiativeOnDay[] =>
	round.initiatives.map((initiative) => ({initiative, current: statusOn(initiative, date)}));

export const statementsAbout = (round: Pick<Round, 'statements'>, initiativeId: string): Statement[] =>
	round.statements.filter((statement) => statement.initiative === initiativeId);

/** The day's diplomacy: its events of kind diplomacy or statement, and its statements, in data order. */
export const diplomacyOn = (round: Pick<Round, 'events' | 'statements'>, date: string): {events: Event[]; statements: Statement[]} => ({
	events: round.events.filter((event) => event.date === date && (event.kind === 'diplomacy' || event.kind === 'statement')),
	statements: round.statements.filter((statement) => statement.date === date),
});
