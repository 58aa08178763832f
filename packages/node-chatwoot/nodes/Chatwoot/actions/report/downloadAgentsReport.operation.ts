import { csvReport } from './csv';

export const downloadAgentsReport = csvReport({
	operation: 'downloadAgentsReport',
	name: 'Download Agents Report',
	action: 'Download the agents report as CSV',
	description: 'Per agent: assigned conversations, average first response and resolution times, average customer waiting time, resolutions',
	report: 'agents',
	fileName: 'agents_report.csv',
});
