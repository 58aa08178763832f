import { defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';

export const create = defineOperation({
	resource: 'captainDocument',
	operation: 'create',
	name: 'Create',
	action: 'Add a web page to an assistant',
	description: enterpriseOnly('Add a web page (or site) to what an assistant knows; Chatwoot crawls it and drafts FAQs from it'),
	fields: [
		captainAssistantField(),
		field.url('externalLink', 'URL', { required: true, placeholder: 'https://example.com/help' }),
		field.collection('additionalFields', 'Additional Fields', [field.string('name', 'Name', { description: 'Shown in the list of documents (default: the page title)' })]),
	],
	request: (p) => ({
		method: 'POST',
		path: '/captain/documents',
		body: { document: { external_link: p.externalLink, name: p.additionalFields.name, assistant_id: Number(p.assistantId) } },
	}),
});
