import { csvReport } from './csv';

export const downloadConversationsSummary = csvReport({
	operation: 'downloadConversationsSummary',
	name: 'Download Conversations Summary',
	action: 'Download the conversations summary as CSV',
	description: 'Conversations, messages received and sent, average first response and resolution times, resolutions and average customer waiting time of the account',
	report: 'conversations_summary',
	fileName: 'conversations_summary_report.csv',
});
