import type { IDataObject } from 'n8n-workflow';
import { apiPath, field, normalizeBaseUrl, type RequestContext } from '@leadchat/core';
import { isDataObject } from '../../descriptions/common';
import { CHATWOOT_CLOUD_URL, CLIENT_CREDENTIAL } from '../../transport';

export const conversationUuidField = () =>
	field.id('conversationUuid', 'Conversation UUID', {
		placeholder: 'e.g. 2b3a4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
		description: 'The uuid of the conversation (not its number): the "uuid" field of a conversation',
	});

/** The survey's JSON route, `/public/api/v1/csat_survey/{uuid}` (family publicRoot). */
export const surveyPath = (uuid: string) => apiPath`/csat_survey/${uuid}`;

/**
 * The survey as Chatwoot answers it (an object; older servers answered a list, kept under `survey`), plus `survey_url`: the page at the root of the install where
 * the contact rates the conversation (the link to share).
 */
export async function surveyItem(ctx: RequestContext, uuid: string, answer: unknown): Promise<IDataObject> {
	const credentials = await ctx.getCredentials(CLIENT_CREDENTIAL);
	const url = `${normalizeBaseUrl(credentials.baseUrl, CHATWOOT_CLOUD_URL)}${apiPath`/survey/responses/${uuid}`}`;
	return { ...(isDataObject(answer) ? answer : { survey: answer as IDataObject[] }), survey_url: url };
}
