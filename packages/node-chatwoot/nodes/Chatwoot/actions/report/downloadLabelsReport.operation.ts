import { csvReport } from './csv';

export const downloadLabelsReport = csvReport({
	operation: 'downloadLabelsReport',
	name: 'Download Labels Report',
	action: 'Download the labels report as CSV',
	description: 'Per label: conversations, average first response, resolution and reply times, resolutions',
	report: 'labels',
	fileName: 'labels_report.csv',
});
