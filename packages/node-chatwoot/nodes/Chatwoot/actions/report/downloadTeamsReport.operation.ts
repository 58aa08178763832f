import { csvReport } from './csv';

export const downloadTeamsReport = csvReport({
	operation: 'downloadTeamsReport',
	name: 'Download Teams Report',
	action: 'Download the teams report as CSV',
	description: 'Per team: conversations, average first response and resolution times, average customer waiting time, resolutions',
	report: 'teams',
	fileName: 'teams_report.csv',
});
