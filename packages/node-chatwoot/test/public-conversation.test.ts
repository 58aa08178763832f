/**
 * Public Client API: a contact's conversations and messages (the CSAT survey: csatSurvey.test.ts).
 * Exact requests, items against the fake's state, no spec violation; the message list walks
 * Chatwoot's `before` cursor (20 per page, newest first here).
 */
import { chatwoot } from '@leadchat/testkit';
import { nodes, useChatwoot } from './harness';

const h = useChatwoot({ node: nodes.client });
const { PUBLIC_MESSAGES_PER_PAGE } = chatwoot;
const SOURCE = 'src-public-conv';
const CONTACT = () => `/public/api/v1/inboxes/${inboxIdentifier}/contacts/${SOURCE}`;
let inboxIdentifier: string;
let contactId: number;

beforeAll(() => {
	inboxIdentifier = h.fake.seeded!.apiInboxIdentifier;
	contactId = h.fake.addContact({ name: 'Pat Public', inboxId: h.fake.seeded!.inboxes.api, sourceId: SOURCE }).id;
});

const base = () => ({ contactIdentifier: SOURCE });
const conversationsOfContact = () => h.fake.state.conversations.filter((c) => c.contact_id === contactId);
const newConversation = () => h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api, contactId });

describe('publicConversation', () => {
	it('create: POST with custom attributes; the conversation belongs to the contact', async () => {
		const before = conversationsOfContact().length;
		const items = await h.run({ resource: 'publicConversation', operation: 'create', ...base(), additionalFields: { customAttributes: '{"order_id": "A-12"}' } });
		expect(h.only()).toEqual({ method: 'POST', path: `${CONTACT()}/conversations`, query: {}, body: { custom_attributes: { order_id: 'A-12' } } });
		// The Client API takes no token, and the node sends none.
		expect(h.fake.requests[0].headers.api_access_token).toBeUndefined();
		const created = conversationsOfContact();
		expect(created).toHaveLength(before + 1);
		const conversation = created[created.length - 1];
		expect(conversation.custom_attributes).toEqual({ order_id: 'A-12' });
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: conversation.display_id, uuid: conversation.uuid, inbox_id: conversation.inbox_id, status: conversation.status })]);
	});

	it('create: without attributes sends no body', async () => {
		await h.run({ resource: 'publicConversation', operation: 'create', ...base(), additionalFields: {} });
		expect(h.only()).toMatchObject({ method: 'POST', path: `${CONTACT()}/conversations` });
	});

	it('getAll: Return All gives every conversation of the contact in one request; Limit slices it', async () => {
		newConversation();
		const all = await h.run({ resource: 'publicConversation', operation: 'getAll', ...base(), returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${CONTACT()}/conversations`, query: {} });
		expect(all.map((i) => i.json.id)).toEqual(conversationsOfContact().map((c) => c.display_id));
		expect(all.length).toBeGreaterThanOrEqual(3);

		h.fake.clearLog();
		const limited = await h.run({ resource: 'publicConversation', operation: 'getAll', ...base(), returnAll: false, limit: 2 });
		expect(h.fake.requests).toHaveLength(1);
		expect(limited.map((i) => i.json.id)).toEqual(conversationsOfContact().slice(0, 2).map((c) => c.display_id));
	});

	it('get, resolve, set typing, mark as seen', async () => {
		const conversation = newConversation();
		const path = `${CONTACT()}/conversations/${conversation.display_id}`;
		const p = { ...base(), conversationId: String(conversation.display_id) };

		const got = await h.run({ resource: 'publicConversation', operation: 'get', ...p });
		expect(h.only()).toEqual({ method: 'GET', path, query: {} });
		expect(got[0].json).toMatchObject({ id: conversation.display_id, uuid: conversation.uuid, status: 'open' });

		h.fake.clearLog();
		const resolved = await h.run({ resource: 'publicConversation', operation: 'resolve', ...p });
		expect(h.only()).toEqual({ method: 'POST', path: `${path}/toggle_status`, query: {} });
		expect(conversation.status).toBe('resolved');
		expect(resolved[0].json).toMatchObject({ id: conversation.display_id, status: 'resolved' });

		h.fake.clearLog();
		const typing = await h.run({ resource: 'publicConversation', operation: 'toggleTyping', ...p, typingStatus: 'off' });
		expect(h.only()).toEqual({ method: 'POST', path: `${path}/toggle_typing`, query: { typing_status: 'off' }, body: { typing_status: 'off' } });
		expect(typing.map((i) => i.json)).toEqual([{ success: true, typing_status: 'off' }]);

		h.fake.clearLog();
		expect(conversation.contact_last_seen_at).toBeNull();
		const seen = await h.run({ resource: 'publicConversation', operation: 'updateLastSeen', ...p });
		expect(h.only()).toEqual({ method: 'POST', path: `${path}/update_last_seen`, query: {} });
		expect(conversation.contact_last_seen_at).toEqual(expect.any(Number));
		expect(seen.map((i) => i.json)).toEqual([{ success: true }]);
	});

	it('bad input is refused before any request', async () => {
		await h.refused({ resource: 'publicConversation', operation: 'get', ...base(), conversationId: '3/../../4' }, 'Conversation ID', 'must be a numeric ID');
		await h.refused({ resource: 'publicConversation', operation: 'toggleTyping', ...base(), conversationId: 1, typingStatus: 'maybe' }, 'Typing Status', 'must be one of: on, off');
		await h.refused({ resource: 'publicConversation', operation: 'create', ...base(), additionalFields: { customAttributes: 'nope' } }, 'Additional Fields → Custom Attributes (JSON)', 'must be valid JSON');
		await h.refused({ resource: 'publicConversation', operation: 'getAll', returnAll: true }, 'Contact Identifier', 'is required');
	});

	it("API error: another contact's conversation is not found (404)", async () => {
		const other = h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api });
		await h.apiError({ resource: 'publicConversation', operation: 'get', ...base(), conversationId: other.display_id }, 404, 'Resource could not be found');
	});
});

describe('publicMessage', () => {
	it('create: POST {content, echo_id}; an incoming message from the contact', async () => {
		const conversation = newConversation();
		const items = await h.run({
			resource: 'publicMessage',
			operation: 'create',
			...base(),
			conversationId: conversation.display_id,
			content: 'Where is my order?',
			additionalFields: { echoId: 'tmp-1' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${CONTACT()}/conversations/${conversation.display_id}/messages`,
			query: {},
			body: { content: 'Where is my order?', echo_id: 'tmp-1' },
		});
		const message = h.fake.state.messagesOf(conversation).pop()!;
		expect(message).toMatchObject({ content: 'Where is my order?', echo_id: 'tmp-1', message_type: 0, sender: { type: 'Contact', id: contactId } });
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: message.id, content: 'Where is my order?', message_type: 0, conversation_id: conversation.display_id })]);
	});

	describe('getAll over the before-cursor (20 per page)', () => {
		let conversationDisplayId: number;
		let visibleNewestFirst: number[];

		beforeAll(() => {
			const conversation = newConversation();
			conversationDisplayId = conversation.display_id;
			for (let i = 0; i < 47; i++) {
				h.fake.addMessage(conversation, { content: `m${i}`, message_type: i % 2 ? 'outgoing' : 'incoming' });
				if (i === 10) h.fake.addMessage(conversation, { content: 'note', message_type: 'outgoing', private: true });
				if (i === 30) h.fake.addMessage(conversation, { content: 'assigned', message_type: 'activity' });
			}
			visibleNewestFirst = h.fake.state
				.messagesOf(conversation)
				.filter((m) => !m.private && m.message_type !== 2)
				.map((m) => m.id)
				.reverse();
		});

		it('Return All: 3 requests (20, 20, 7), newest first, no private notes or activity', async () => {
			expect(visibleNewestFirst).toHaveLength(47);
			const items = await h.run({ resource: 'publicMessage', operation: 'getAll', ...base(), conversationId: conversationDisplayId, returnAll: true });
			const path = `${CONTACT()}/conversations/${conversationDisplayId}/messages`;
			expect(h.fake.requests.map((r) => ({ path: r.path, query: r.query }))).toEqual([
				{ path, query: {} },
				{ path, query: { before: String(visibleNewestFirst[19]) } },
				{ path, query: { before: String(visibleNewestFirst[39]) } },
			]);
			expect(items.map((i) => i.json.id)).toEqual(visibleNewestFirst);
			expect(PUBLIC_MESSAGES_PER_PAGE).toBe(20);
		});

		it('Limit 25: exactly 2 requests and the 25 newest', async () => {
			const items = await h.run({ resource: 'publicMessage', operation: 'getAll', ...base(), conversationId: conversationDisplayId, returnAll: false, limit: 25 });
			expect(h.fake.requests).toHaveLength(2);
			expect(items.map((i) => i.json.id)).toEqual(visibleNewestFirst.slice(0, 25));
		});

		it('Limit 20: exactly 1 request', async () => {
			const items = await h.run({ resource: 'publicMessage', operation: 'getAll', ...base(), conversationId: conversationDisplayId, returnAll: false, limit: 20 });
			expect(h.fake.requests).toHaveLength(1);
			expect(items).toHaveLength(20);
		});
	});

	it('update: a CSAT rating is sent as submitted_values.csat_survey_response', async () => {
		const conversation = newConversation();
		const survey = h.fake.addMessage(conversation, { content: 'Rate us', message_type: 'template', content_type: 'input_csat' });
		const items = await h.run({
			resource: 'publicMessage',
			operation: 'update',
			...base(),
			conversationId: conversation.display_id,
			messageId: survey.id,
			replyType: 'csat',
			rating: 4,
			feedbackMessage: 'Quick and kind',
		});
		expect(h.only()).toEqual({
			method: 'PATCH',
			path: `${CONTACT()}/conversations/${conversation.display_id}/messages/${survey.id}`,
			query: {},
			body: { submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick and kind' } } },
		});
		expect(survey.content_attributes).toMatchObject({ submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick and kind' } } });
		expect(items[0].json).toMatchObject({ id: survey.id, content_attributes: survey.content_attributes });
	});

	it('update: submitted values (an options answer) are sent as given', async () => {
		const conversation = newConversation();
		const question = h.fake.addMessage(conversation, { content: 'Pick one', message_type: 'template', content_type: 'input_select' });
		await h.run({
			resource: 'publicMessage',
			operation: 'update',
			...base(),
			conversationId: conversation.display_id,
			messageId: question.id,
			replyType: 'values',
			submittedValues: '[{"title": "Sales", "value": "sales"}]',
		});
		expect(h.only().body).toEqual({ submitted_values: [{ title: 'Sales', value: 'sales' }] });
		expect(question.content_attributes).toMatchObject({ submitted_values: [{ title: 'Sales', value: 'sales' }] });
	});

	it('bad input is refused before any request', async () => {
		const p = { resource: 'publicMessage', ...base(), conversationId: 1 };
		await h.refused({ ...p, operation: 'create', content: '   ', additionalFields: {} }, 'Content', 'is required');
		await h.refused({ ...p, operation: 'update', messageId: 'last', replyType: 'csat', rating: 5 }, 'Message ID', 'must be a numeric ID');
		await h.refused({ ...p, operation: 'update', messageId: 1, replyType: 'csat', rating: 9 }, 'Rating', 'must be at most 5');
		// Rating and Submitted Values have defaults (5, an example answer), so only an emptied field is missing.
		await h.refused({ ...p, operation: 'update', messageId: 1, replyType: 'csat', rating: '' }, 'Rating', 'is required');
		await h.refused({ ...p, operation: 'update', messageId: 1, replyType: 'values', submittedValues: '{"a":' }, 'Submitted Values (JSON)', 'must be valid JSON');
		await h.refused({ ...p, operation: 'update', messageId: 1, replyType: 'values', submittedValues: '"text"' }, 'Submitted Values (JSON)', 'must be a JSON object or array');
		await h.refused({ ...p, operation: 'update', messageId: 1, replyType: 'values', submittedValues: ' ' }, 'Submitted Values (JSON)', 'is required');
		await h.refused({ ...p, operation: 'update', messageId: 1, replyType: 'thumbs' }, 'Answer Type', 'must be one of: csat, values');
	});

	it('API error: an unknown message is a 404', async () => {
		const conversation = newConversation();
		await h.apiError(
			{ resource: 'publicMessage', operation: 'update', ...base(), conversationId: conversation.display_id, messageId: 999999, replyType: 'csat', rating: 5 },
			404,
			'Resource could not be found',
		);
	});
});

