import { defineOperation } from '@leadchat/core';
import { conversationUuidField, surveyItem, surveyPath } from './helpers';

export const get = defineOperation({
	resource: 'csatSurvey',
	operation: 'get',
	name: 'Get',
	action: 'Get the CSAT survey of a conversation',
	description: 'Read the survey of a conversation: its rating and feedback once the contact answered (null before), and the URL of the survey page to share',
	fields: [conversationUuidField()],
	async execute(p, tools) {
		// The JSON API of the survey (GET /public/api/v1/csat_survey/{uuid}); the HTML page at /survey/responses/{uuid} is only linked.
		const answer = await tools.request<unknown>({ method: 'GET', path: surveyPath(p.conversationUuid), family: 'publicRoot' });
		return surveyItem(this, p.conversationUuid, answer);
	},
});
