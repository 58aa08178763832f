import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field, s } from '@leadchat/core';
import { requiredWhenShown } from '../../descriptions/common';
import { contactIdentifierField, conversationPath, publicConversationIdField } from '../publicInbox/helpers';

/** JSON text (or an object from an expression) that must be an object or an array; shown (and checked) for "Submitted Values". */
function submittedValuesField() {
	const base = field.json('submittedValues', 'Submitted Values (JSON)', {
		show: { replyType: ['values'] },
		default: '[{"title": "Yes", "value": "yes"}]',
		description: 'An options message takes [{"title", "value"}]; a form takes [{"name", "value"}]',
	});
	return requiredWhenShown({
		...base,
		schema: s.unknown().transform((v, ctx) => {
			if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
			let value: unknown = v;
			if (typeof v === 'string') {
				try {
					value = JSON.parse(v);
				} catch {
					return ctx.fail('must be valid JSON');
				}
			}
			if (value === null || typeof value !== 'object') {
				return ctx.fail('must be a JSON object or array');
			}
			return value;
		}),
	});
}

export const update = defineOperation({
	resource: 'publicMessage',
	operation: 'update',
	name: 'Update',
	action: 'Answer an interactive message',
	description: 'Submit the contact\'s answer to a bot message: a CSAT rating, a selected option or a filled form',
	fields: [
		contactIdentifierField(),
		publicConversationIdField(),
		field.id('messageId', 'Message ID', { numeric: true, placeholder: 'e.g. 1234', description: 'The interactive message (CSAT survey, options, form) to answer' }),
		field.options(
			'replyType',
			'Answer Type',
			[
				{ name: 'CSAT Rating', value: 'csat', description: 'Answer a customer satisfaction survey message' },
				{ name: 'Submitted Values (JSON)', value: 'values', description: 'Answer an options, form or cards message' },
			],
			{ required: true, default: 'csat' },
		),
		requiredWhenShown(field.number('rating', 'Rating', { integer: true, min: 1, max: 5, default: 5, description: '1 (worst) to 5 (best)', show: { replyType: ['csat'] } })),
		field.string('feedbackMessage', 'Feedback Message', { rows: 3, show: { replyType: ['csat'] } }),
		submittedValuesField(),
	],
	check(p, tools) {
		if (p.replyType === 'csat' && p.rating === undefined) tools.fail('Rating', 'is required');
		if (p.replyType === 'values' && p.submittedValues === undefined) tools.fail('Submitted Values (JSON)', 'is required');
	},
	request(p) {
		let submitted: unknown;
		if (p.replyType === 'csat') {
			const response: IDataObject = { rating: p.rating };
			if (p.feedbackMessage !== undefined) response.feedback_message = p.feedbackMessage;
			submitted = { csat_survey_response: response };
		} else {
			submitted = p.submittedValues;
		}
		return {
			method: 'PATCH',
			path: `${conversationPath(p)}${apiPath`/messages/${p.messageId}`}`,
			family: 'public',
			body: { submitted_values: submitted },
		};
	},
});
