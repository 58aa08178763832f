import { apiPath, defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';
import { captainFaqField, faqStatusField } from './helpers';

export const update = defineOperation({
	resource: 'captainFaq',
	operation: 'update',
	name: 'Update',
	action: 'Update an FAQ',
	description: enterpriseOnly('Change an FAQ, approve a pending one, or move it to another assistant'),
	fields: [
		captainFaqField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[field.string('question', 'Question'), field.string('answer', 'Answer', { rows: 4 }), faqStatusField(), captainAssistantField('assistantId', 'Assistant', false)],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	request: (p) => {
		const f = p.updateFields;
		return {
			method: 'PATCH',
			path: apiPath`/captain/assistant_responses/${p.faqId}`,
			body: { assistant_response: { question: f.question, answer: f.answer, status: f.status, assistant_id: f.assistantId === undefined ? undefined : Number(f.assistantId) } },
		};
	},
});
