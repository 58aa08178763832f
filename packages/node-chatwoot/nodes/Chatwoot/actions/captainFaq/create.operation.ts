import { defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';
import { faqStatusField } from './helpers';

export const create = defineOperation({
	resource: 'captainFaq',
	operation: 'create',
	name: 'Create',
	action: 'Create an FAQ',
	description: enterpriseOnly('Add a question and its answer to what an assistant knows'),
	fields: [
		captainAssistantField(),
		field.string('question', 'Question', { required: true }),
		field.string('answer', 'Answer', { required: true, rows: 4 }),
		field.collection('additionalFields', 'Additional Fields', [faqStatusField()]),
	],
	request: (p) => ({
		method: 'POST',
		path: '/captain/assistant_responses',
		body: { assistant_response: { question: p.question, answer: p.answer, assistant_id: Number(p.assistantId), status: p.additionalFields.status } },
	}),
});
