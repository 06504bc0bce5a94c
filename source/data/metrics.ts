/*
 * What each measure is, in one table: its label, its unit, whether the
 * escalation chart draws it, where it sits in the key figures, and how its
 * daily and cumulative figures are read. Adding a measure (displaced,
 * buildings) is one entry here; the list of metrics stays open: a metric not
 * in the table is kept, charted after the known ones, and left out of the key
 * figures.
 */

export type MetricInfo = {
	id: string;
	/** How a line starts: "Killed", "Rockets fired". */
	label: string;
	/** What one unit is, for help and exports: "people", "rockets". */
	unit: string;
	/** Drawn on the escalation chart when it has daily values. */
	chartable: boolean;
	/** Place in the chart's `m` cycle (the event measures first); unset: after these, by coverage. */
	chartOrder?: number;
	/** Shown in the key figures (Overview, first lines of the detail panes). */
	keyFigure: boolean;
	/*
	 * A rate measure (rockets, strikes) is reported both per day and as a
	 * running total: its key-figure line gives "to date" and "today".
	 * Casualty counts are read as totals to date only.
	 */
	rate: boolean;
	/** A measure that is part of another (intercepted of fired): its line sits under that one. */
	partOf?: string;
	/** Label under the parent line: "intercepted". */
	shortLabel?: string;
	/** One of the names the format recommends (listed in the JSON Schema). */
	recommended: boolean;
};

const entry = (info: Omit<MetricInfo, 'chartable' | 'keyFigure' | 'rate' | 'recommended'> & Partial<MetricInfo>): MetricInfo => ({
	chartable: true,
	keyFigure: true,
	rate: false,
	recommended: false,
	...info,
});

/** The metric table, in key-figure order. */
export const metricTable: readonly MetricInfo[] = [
	entry({id: 'killed', chartOrder: 3, label: 'Killed', unit: 'people', recommended: true}),
	entry({id: 'wounded', chartOrder: 4, label: 'Wounded', unit: 'people', recommended: true}),
	entry({id: 'rockets-fired', chartOrder: 0, label: 'Rockets fired', unit: 'rockets', rate: true, recommended: true}),
	entry({
		id: 'rockets-intercepted',
		chartOrder: 5,
		label: 'Rockets intercepted',
		unit: 'rockets',
		rate: true,
		partOf: 'rockets-fired',
		shortLabel: 'intercepted',
		recommended: true,
	}),
	entry({id: 'targets-struck', chartOrder: 1, label: 'Targets struck', unit: 'targets', rate: true, recommended: true}),
	entry({id: 'airstrikes', chartOrder: 2, label: 'Airstrikes', unit: 'strikes', rate: true}),
	entry({id: 'displaced', label: 'Displaced', unit: 'people', recommended: true}),
	entry({id: 'buildings-destroyed', label: 'Buildings destroyed', unit: 'buildings'}),
	entry({id: 'buildings-damaged', label: 'Buildings damaged', unit: 'buildings', recommended: true}),
	entry({id: 'reservists-called-up', label: 'Reservists called up', unit: 'reservists', chartable: false, recommended: true}),
];

const byId = new Map(metricTable.map((info, index) => [info.id, {info, index}]));

/** The table entry of a metric, or a plain one made from its name ("rocket-hits" → "Rocket hits"). */
export const metricInfo = (metric: string): MetricInfo =>
	byId.get(metric)?.info ?? {
		id: metric,
		label: metric.charAt(0).toUpperCase() + metric.slice(1).replace(/-/g, ' '),
		unit: '',
		chartable: true,
		keyFigure: false,
		rate: false,
		recommended: false,
	};

/** Where a metric comes in the chart's `m` cycle; metrics without a place come after. */
export const chartRank = (metric: string): number => byId.get(metric)?.info.chartOrder ?? metricTable.length;

/** A metric's place in the table; metrics not in it come after every one that is. */
export const metricRank = (metric: string): number => byId.get(metric)?.index ?? metricTable.length;

/*
 * "Killed · Palestinians in Gaza", but "Rockets fired from Gaza": a
 * population written as a place ("from Gaza", "in Gaza") reads on from the
 * label; a group of people is set apart.
 */
export const quantityLabel = (metric: string, population: string): string => {
	const {label} = metricInfo(metric);
	return /^(from|in|at|into|on|over|to|near)\s/.test(population) ? `${label} ${population}` : `${label} · ${population}`;
};
