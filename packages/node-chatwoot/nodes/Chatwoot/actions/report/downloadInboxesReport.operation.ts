import { csvReport } from './csv';

export const downloadInboxesReport = csvReport({
	operation: 'downloadInboxesReport',
	name: 'Download Inboxes Report',
	action: 'Download the inboxes report as CSV',
	description: 'Per inbox: its type, conversations, average first response and resolution times',
	report: 'inboxes',
	fileName: 'inboxes_report.csv',
});
