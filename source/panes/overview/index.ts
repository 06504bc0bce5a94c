import {OverviewPane, overviewListMax} from '../../ui/panes/OverviewPane.js';
import type {PaneModule} from '../types.js';
import {overviewCited, overviewFigures, overviewJson, overviewMarkdown, overviewModel, type OverviewModel} from './model.js';

export const overviewPane: PaneModule<OverviewModel> = {
	id: 'overview',
	label: 'Overview',
	keys: [],
	model: overviewModel,
	View: OverviewPane,
	listMax: overviewListMax,
	cited: overviewCited,
	figures: overviewFigures,
	markdown: overviewMarkdown,
	json: overviewJson,
};
