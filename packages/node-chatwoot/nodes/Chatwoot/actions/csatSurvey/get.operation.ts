import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field, normalizeBaseUrl } from '@leadchat/core';
import { isDataObject } from '../../descriptions/common';
import { CHATWOOT_CLOUD_URL, CLIENT_CREDENTIAL } from '../../transport';

export const get = defineOperation({
	resource: 'csatSurvey',
	operation: 'get',
	name: 'Get',
	action: 'Get the CSAT survey page of a conversation',
	description: 'Fetch the public page where the contact rates the conversation; gives its URL to share and the page itself',
	fields: [
		field.id('conversationUuid', 'Conversation UUID', {
			placeholder: 'e.g. 2b3a4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
			description: 'The uuid of the conversation (not its number): the "uuid" field of a conversation',
		}),
	],
	async execute(p, tools) {
		const path = apiPath`/survey/responses/${p.conversationUuid}`;
		// The survey is an HTML page served at the root of the install, outside the API prefixes.
		const body = await tools.request<unknown>({ method: 'GET', path, family: 'page', binary: true, headers: { Accept: 'text/html,application/json' } });
		const credentials = await this.getCredentials(CLIENT_CREDENTIAL);
		const url = `${normalizeBaseUrl(credentials.baseUrl, CHATWOOT_CLOUD_URL)}${path}`;
		const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : body instanceof ArrayBuffer ? Buffer.from(body).toString('utf8') : undefined;
		if (text === undefined) return { conversation_uuid: p.conversationUuid, url, ...(isDataObject(body) ? body : {}) };
		const trimmed = text.trim();
		if (/^[[{]/.test(trimmed)) {
			try {
				return { conversation_uuid: p.conversationUuid, url, ...(JSON.parse(trimmed) as IDataObject) };
			} catch {
				// not JSON after all: keep it as the page
			}
		}
		return { conversation_uuid: p.conversationUuid, url, html: text };
	},
});
