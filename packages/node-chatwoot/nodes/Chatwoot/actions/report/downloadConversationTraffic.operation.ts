import { csvReport } from './csv';

export const downloadConversationTraffic = csvReport({
	operation: 'downloadConversationTraffic',
	name: 'Download Conversation Traffic',
	action: 'Download the conversation traffic as CSV',
	description: 'New conversations per hour of each day (the heatmap of the reports page)',
	report: 'conversation_traffic',
	fileName: 'conversation_traffic_reports.csv',
	timezone: true,
});
