import {EscalationPane, escalationListMax} from '../../ui/panes/EscalationPane.js';
import type {PaneModule} from '../types.js';
import {escalationCited, escalationFigures, escalationJson, escalationMarkdown, escalationModel, type EscalationModel} from './model.js';

export const escalationPane: PaneModule<EscalationModel> = {
	id: 'escalation',
	label: 'Escalation',
	keys: ['move', 'cycle-metric', 'start-filter'],
	model: escalationModel,
	View: EscalationPane,
	listMax: escalationListMax,
	cited: escalationCited,
	figures: escalationFigures,
	markdown: escalationMarkdown,
	json: escalationJson,
};
