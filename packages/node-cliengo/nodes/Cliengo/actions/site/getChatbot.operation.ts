import { apiPath, defineOperation } from '@leadchat/core';
import { siteLocator } from '../../descriptions';

export const getChatbot = defineOperation({
	resource: 'site',
	operation: 'getChatbot',
	name: 'Get Chatbot',
	action: 'Get the chatbot of a site',
	description: 'The chatbot configuration of a website',
	fields: [siteLocator()],
	request: (p) => ({ method: 'GET', path: apiPath`/sites/${p.siteId}/chatbot` }),
});
