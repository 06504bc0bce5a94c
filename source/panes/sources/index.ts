import {SourcesPane, sourcesListMax} from '../../ui/panes/SourcesPane.js';
import type {PaneModule} from '../types.js';
import {sourcesJson, sourcesMarkdown, sourcesModel, type SourcesModel} from './model.js';

export const sourcesPane: PaneModule<SourcesModel> = {
	id: 'sources',
	label: 'Sources',
	keys: [],
	model: sourcesModel,
	View: SourcesPane,
	listMax: sourcesListMax,
	// The list is the sources themselves, not figures citing them: the footer points at it instead.
	cited: () => [],
	figures: () => [],
	markdown: sourcesMarkdown,
	json: sourcesJson,
};
