/**
 * CSAT survey of the Chatwoot Client API node, through Chatwoot's public survey JSON API
 * (`/public/api/v1/csat_survey/{conversation uuid}`, no token): Get reads it, Submit rates.
 * The fake's answer follows upstream's csat_survey controller and views; its field list is
 * inferred from the survey partial (routes/public.ts says so), so the items are checked against
 * the fake's own state, not a copied shape.
 */
import { NodeApiError } from 'n8n-workflow';
import { chatwoot } from '@leadchat/testkit';
import { jsonOf, nodes, useChatwoot } from './harness';

const h = useChatwoot({ node: nodes.client, each: true });
const { CSAT_LOCKED_MESSAGE } = chatwoot;

/** A conversation of the API inbox with its CSAT survey message, sent `daysAgo` days ago. */
function surveyed(daysAgo = 0) {
	const conversation = h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api });
	const message = h.fake.addMessage(conversation, { content: 'Please rate the conversation', content_type: 'input_csat', created_at: h.fake.state.now() - daysAgo * 86_400 });
	h.fake.clearLog();
	return { conversation, message };
}
const path = (uuid: string) => `/public/api/v1/csat_survey/${uuid}`;
const surveyUrl = (uuid: string) => `${h.fake.url}/survey/responses/${uuid}`;
const responseOf = (messageId: number) => h.fake.state.csatResponses.find((r) => r.message_id === messageId);

describe('csatSurvey: get', () => {
	it('GET /public/api/v1/csat_survey/{uuid} without a token; the survey, not yet rated, and the page URL', async () => {
		const { conversation, message } = surveyed();
		const items = jsonOf(await h.run({ resource: 'csatSurvey', operation: 'get', conversationUuid: conversation.uuid }));
		expect(h.only()).toEqual({ method: 'GET', path: path(conversation.uuid), query: {} });
		expect(h.fake.requests[0].headers.api_access_token).toBeUndefined();
		expect(items).toEqual([
			{
				id: message.id,
				csat_survey_response: null,
				display_type: 'emoji',
				content: null,
				inbox_avatar_url: '',
				inbox_name: h.fake.state.inboxes.find((i) => i.id === conversation.inbox_id)!.name,
				locale: 'en',
				conversation_id: conversation.id,
				created_at: new Date(message.created_at * 1000).toISOString(),
				survey_url: surveyUrl(conversation.uuid),
			},
		]);
	});

	it('refuses a blank uuid before any request; an unknown uuid (even with slashes) is 404 with Chatwoot\'s message, kept in one segment', async () => {
		await h.refused({ resource: 'csatSurvey', operation: 'get', conversationUuid: '' }, 'Conversation UUID', 'is required');
		await h.apiError({ resource: 'csatSurvey', operation: 'get', conversationUuid: '../inboxes/x' }, 404, 'Resource could not be found');
		expect(h.fake.requests[0].rawPath).toBe('/public/api/v1/csat_survey/..%2Finboxes%2Fx');
		expect(h.fake.requests[0].route).toBe('public.csat_survey.show');
	});

	it('a conversation without a survey message is 404', async () => {
		const conversation = h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api });
		await h.apiError({ resource: 'csatSurvey', operation: 'get', conversationUuid: conversation.uuid }, 404, 'Resource could not be found');
	});
});

describe('csatSurvey: submit', () => {
	it('PATCH with the rating and feedback under message.submitted_values; the response is stored and returned', async () => {
		const { conversation, message } = surveyed(3);
		const items = jsonOf(await h.run({ resource: 'csatSurvey', operation: 'submit', conversationUuid: conversation.uuid, rating: 4, feedbackMessage: 'Quick and kind' }));
		expect(h.only()).toEqual({
			method: 'PATCH',
			path: path(conversation.uuid),
			query: {},
			body: { message: { submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick and kind' } } } },
		});
		const stored = responseOf(message.id)!;
		expect(stored).toMatchObject({ conversation_id: conversation.id, contact_id: conversation.contact_id, rating: 4, feedback_message: 'Quick and kind' });
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ id: message.id, conversation_id: conversation.id, survey_url: surveyUrl(conversation.uuid) });
		expect(items[0].csat_survey_response).toMatchObject({ id: stored.id, rating: 4, feedback_message: 'Quick and kind' });

		// Rating again changes the same response; Get then reads it.
		h.fake.clearLog();
		await h.run({ resource: 'csatSurvey', operation: 'submit', conversationUuid: conversation.uuid, rating: 2 });
		expect(h.only().body).toEqual({ message: { submitted_values: { csat_survey_response: { rating: 2 } } } });
		expect(h.fake.state.csatResponses.filter((r) => r.message_id === message.id)).toEqual([expect.objectContaining({ id: stored.id, rating: 2, feedback_message: null })]);
		h.fake.clearLog();
		const read = jsonOf(await h.run({ resource: 'csatSurvey', operation: 'get', conversationUuid: conversation.uuid }));
		expect(read[0].csat_survey_response).toMatchObject({ id: stored.id, rating: 2 });
	});

	it('refuses a rating outside 1–5 or not whole, and a blank uuid, before any request', async () => {
		const { conversation } = surveyed();
		await h.refused({ resource: 'csatSurvey', operation: 'submit', conversationUuid: conversation.uuid, rating: 6 }, 'Rating');
		await h.refused({ resource: 'csatSurvey', operation: 'submit', conversationUuid: conversation.uuid, rating: 0 }, 'Rating');
		await h.refused({ resource: 'csatSurvey', operation: 'submit', conversationUuid: conversation.uuid, rating: 2.5 }, 'Rating');
		await h.refused({ resource: 'csatSurvey', operation: 'submit', conversationUuid: ' ', rating: 3 }, 'Conversation UUID');
	});

	it("more than 14 days after the survey: Chatwoot's 422 message, nothing stored", async () => {
		const { conversation, message } = surveyed(15);
		await h.apiError({ resource: 'csatSurvey', operation: 'submit', conversationUuid: conversation.uuid, rating: 5 }, 422, CSAT_LOCKED_MESSAGE);
		expect(responseOf(message.id)).toBeUndefined();
		expect(h.requests()).toEqual([{ method: 'PATCH', path: path(conversation.uuid), query: {}, body: { message: { submitted_values: { csat_survey_response: { rating: 5 } } } } }]);
	});

	it('14 days after is still accepted', async () => {
		const { conversation, message } = surveyed(14);
		await h.run({ resource: 'csatSurvey', operation: 'submit', conversationUuid: conversation.uuid, rating: 5 });
		expect(responseOf(message.id)).toMatchObject({ rating: 5 });
	});
});

it('a NodeApiError carries the 404 of an unknown survey on submit', async () => {
	const error = await h.runError({ resource: 'csatSurvey', operation: 'submit', conversationUuid: 'no-such-uuid', rating: 5 });
	expect(error).toBeInstanceOf(NodeApiError);
	expect(error.httpCode).toBe('404');
});
