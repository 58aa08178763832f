import { defineOperation, field } from '@leadchat/core';
import { conversationUuidField, surveyItem, surveyPath } from './helpers';

export const submit = defineOperation({
	resource: 'csatSurvey',
	operation: 'submit',
	name: 'Submit',
	action: 'Submit a CSAT rating for a conversation',
	description: "Rate the conversation on the contact's behalf (or change the rating), with optional feedback; Chatwoot refuses it more than 14 days after the survey was sent",
	fields: [
		conversationUuidField(),
		field.number('rating', 'Rating', { integer: true, min: 1, max: 5, default: 5, required: true, description: '1 (worst) to 5 (best)' }),
		field.string('feedbackMessage', 'Feedback Message', { rows: 3 }),
	],
	async execute(p, tools) {
		const response: Record<string, unknown> = { rating: p.rating };
		if (p.feedbackMessage !== undefined) response.feedback_message = p.feedbackMessage;
		const answer = await tools.request<unknown>({
			method: 'PATCH',
			path: surveyPath(p.conversationUuid),
			family: 'publicRoot',
			body: { message: { submitted_values: { csat_survey_response: response } } },
		});
		return surveyItem(this, p.conversationUuid, answer);
	},
});
