/**
 * Messages: getAll (the latest 20, then after+before windows of up to 1000), create (JSON, and multipart with
 * files from the input item), update status (API inboxes only), delete (soft), translate, retry.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { prepareBinaryData } from '@leadchat/testkit';
import type { MultipartBody } from '@leadchat/testkit';
import { chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const { messageView } = chatwootViews;

const messageOp = resourceOp('message');
const view = (id: number) => messageView(h.fake.state, h.fake.state.messages.find((m) => m.id === id)!);

describe('message: getAll', () => {
	const path = () => `${h.A()}/conversations`;
	const get = (displayId: number, query: Record<string, string> = {}) => ({ method: 'GET', path: `${path()}/${displayId}/messages`, query });
	/** `before` of a Return All window: above every id (Number.MAX_SAFE_INTEGER). */
	const ABOVE_ALL = '9007199254740991';

	/**
	 * A conversation of `n` messages whose ids are `step` apart (the ids are the account's: another
	 * conversation's messages come in between), as Chatwoot numbers them.
	 */
	function conversationOf(n: number, step = 1, conversation = h.newConversation()) {
		const other = h.newConversation();
		for (let i = 0; i < n; i++) {
			h.fake.addMessage(conversation, { content: `m${i}` });
			for (let k = 1; k < step; k++) h.fake.addMessage(other, { content: `other ${i}.${k}` });
		}
		return conversation;
	}
	const idsOf = (conversation: { id: number }) => h.fake.state.messagesOf(h.fake.state.conversations.find((c) => c.id === conversation.id)!).map((m) => m.id);
	const outIds = (out: IDataObject[]) => out.map((m) => m.id);

	it('Return All: 1,001 messages in 2 requests (the oldest 1000 with after+before, then the rest), newest first', async () => {
		const conversation = conversationOf(1001, 2);
		const ids = idsOf(conversation);
		h.fake.clearLog();
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: true })));
		expect(h.requests()).toEqual([
			get(conversation.display_id, { after: '0', before: ABOVE_ALL }),
			get(conversation.display_id, { after: String(ids[999] + 1), before: ABOVE_ALL }),
		]);
		expect(outIds(out)).toEqual([...ids].reverse());
		expect(out[0]).toEqual(view(ids[1000]));
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
	});

	it('Return All of the seeded 130 messages: one request; "oldest first" gives them in order', async () => {
		const ids = idsOf(h.fake.conversation(1)!);
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(1), returnAll: true, options: { order: 'oldestFirst' } })));
		expect(h.requests()).toEqual([get(1, { after: '0', before: ABOVE_ALL })]);
		expect(outIds(out)).toEqual(ids);
	});

	it('Return All: exactly 1000 messages need a second (empty) window to know the end', async () => {
		const conversation = conversationOf(1000);
		const ids = idsOf(conversation);
		h.fake.clearLog();
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: true })));
		expect(h.requests()).toEqual([get(conversation.display_id, { after: '0', before: ABOVE_ALL }), get(conversation.display_id, { after: String(ids[999] + 1), before: ABOVE_ALL })]);
		expect(out).toHaveLength(1000);
	});

	it('Limit 5 and Limit 20: one request (the latest 20), the newest N', async () => {
		const conversation = conversationOf(1001, 2);
		const ids = idsOf(conversation);
		for (const limit of [5, 20]) {
			h.fake.clearLog();
			const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: false, limit })));
			expect(h.requests()).toEqual([get(conversation.display_id)]);
			expect(outIds(out)).toEqual(ids.slice(-limit).reverse());
		}
	});

	it('Limit 150: 2 requests — the latest 20, then one after+before window sized from their density; "oldest first" keeps the latest 150', async () => {
		const conversation = conversationOf(1001, 2);
		const ids = idsOf(conversation);
		const lo = ids[981];
		h.fake.clearLog();
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: false, limit: 150 })));
		// The latest 20 span 39 ids; √(130 × 1000) ≈ 360.6 messages at 20 per 39 ids is 704 ids.
		expect(h.requests()).toEqual([get(conversation.display_id), get(conversation.display_id, { after: String(lo - 704), before: String(lo) })]);
		expect(outIds(out)).toEqual(ids.slice(-150).reverse());

		h.fake.clearLog();
		const oldestFirst = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: false, limit: 150, options: { order: 'oldestFirst' } })));
		expect(h.requests()).toHaveLength(2);
		expect(outIds(oldestFirst)).toEqual(ids.slice(-150));
	});

	it('Limit 150 where older messages are much denser than the latest 20: a full window is kept and the next one aims inside the gap above it', async () => {
		const conversation = conversationOf(2000, 1);
		conversationOf(20, 50, conversation);
		const ids = idsOf(conversation);
		const lo = ids[2000];
		h.fake.clearLog();
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: false, limit: 150 })));
		const sent = h.requests().map((r) => r.query);
		expect(sent).toHaveLength(3);
		expect(sent[0]).toEqual({});
		// The sparse latest 20 (951 ids) aim far back: the window comes back full (the oldest 1000)…
		expect(sent[1]).toEqual({ after: String(Math.max(0, lo - Math.ceil(Math.sqrt(130_000) / (20 / 951)))), before: String(lo) });
		// …so the next one reads the 361 ids below the first page at the density of that full window.
		expect(sent[2]).toEqual({ after: String(lo - 361), before: String(lo) });
		expect(outIds(out)).toEqual(ids.slice(-150).reverse());
	});

	it('a Limit larger than the conversation returns every message, each once', async () => {
		const conversation = conversationOf(300, 3);
		const ids = idsOf(conversation);
		h.fake.clearLog();
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: false, limit: 1000 })));
		expect(outIds(out)).toEqual([...ids].reverse());
		// The latest 20, then windows down to id 0.
		expect(h.requests().at(-1)!.query.after).toBe('0');
		expect(h.requests().length).toBeLessThanOrEqual(3);
	});

	/** Runs `body` while a message is created in the conversation right after the `n`th read of it. */
	async function createdAfterRead<T>(conversation: { id: number }, n: number, body: () => Promise<T>): Promise<{ result: T; created: number[] }> {
		const state = h.fake.state;
		const original = state.messagesOf.bind(state);
		const created: number[] = [];
		let reads = 0;
		state.messagesOf = (c) => {
			const rows = original(c);
			if (c.id === conversation.id && ++reads === n) created.push(state.createMessage(c, { content: 'arrived during the read', message_type: 'incoming' }).id);
			return rows;
		};
		try {
			return { result: await body(), created };
		} finally {
			state.messagesOf = original;
		}
	}

	it('a message created mid-read: Return All takes it in its last window (no gap, no repeat); a Limit leaves it out', async () => {
		const conversation = conversationOf(1001, 2);
		const ids = idsOf(conversation);
		h.fake.clearLog();
		const all = await createdAfterRead(conversation, 1, async () => jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: true }))));
		expect(all.created).toHaveLength(1);
		expect(h.requests()).toEqual([
			get(conversation.display_id, { after: '0', before: ABOVE_ALL }),
			get(conversation.display_id, { after: String(ids[999] + 1), before: ABOVE_ALL }),
		]);
		expect(outIds(all.result)).toEqual([all.created[0], ...[...ids].reverse()]);

		const before = idsOf(conversation);
		h.fake.clearLog();
		const limited = await createdAfterRead(conversation, 1, async () => jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: false, limit: 150 }))));
		expect(limited.created).toHaveLength(1);
		expect(h.requests()).toHaveLength(2);
		expect(outIds(limited.result)).toEqual(before.slice(-150).reverse());
	});

	it('handles a conversation with a single short page', async () => {
		const conversation = h.newConversation();
		const m1 = h.fake.addMessage(conversation, { content: 'one' });
		const m2 = h.fake.addMessage(conversation, { content: 'two' });
		h.fake.clearLog();
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: true })));
		expect(h.requests()).toHaveLength(1);
		expect(out).toEqual([view(m2.id), view(m1.id)]);
		h.fake.clearLog();
		expect(jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: false, limit: 50 })))).toEqual([view(m2.id), view(m1.id)]);
		expect(h.requests()).toEqual([get(conversation.display_id)]);
	});

	it('reports an unknown conversation as the API error', async () => {
		const error = await h.runError(messageOp('getAll', { conversationId: byId(88888), returnAll: true }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
	});
});

describe('message: create', () => {
	it('sends a JSON message with every option', async () => {
		const conversation = h.newConversation();
		const out = await h.run(
			messageOp('create', {
				conversationId: byId(conversation.display_id),
				content: 'Pick one',
				messageType: 'outgoing',
				private: false,
				options: {
					contentType: 'input_select',
					contentAttributes: '{"items": [{"title": "Yes", "value": "yes"}]}',
					campaignId: 4,
					echoId: 'n8n-echo-1',
				},
			}),
		);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: `${h.A()}/conversations/${conversation.display_id}/messages`,
				query: {},
				body: {
					content: 'Pick one',
					message_type: 'outgoing',
					private: false,
					content_type: 'input_select',
					content_attributes: { items: [{ title: 'Yes', value: 'yes' }] },
					campaign_id: 4,
					echo_id: 'n8n-echo-1',
				},
			},
		]);
		const [message] = h.fake.state.messagesOf(conversation);
		expect(message).toMatchObject({ content: 'Pick one', content_type: 'input_select', echo_id: 'n8n-echo-1' });
		expect(jsonOf(out)).toEqual([view(message.id)]);
	});

	it('sends an incoming private note with WhatsApp template params', async () => {
		const conversation = h.newConversation();
		const template = { name: 'order_update', category: 'UTILITY', language: 'en_US', processed_params: { body: { '1': 'ORD-7' } } };
		const out = await h.run(
			messageOp('create', { conversationId: byId(conversation.display_id), content: 'From the contact', messageType: 'incoming', private: true, options: { templateParams: JSON.stringify(template) } }),
		);
		expect(h.requests()[0].body).toEqual({ content: 'From the contact', message_type: 'incoming', private: true, template_params: template });
		const [message] = h.fake.state.messagesOf(conversation);
		expect(jsonOf(out)).toEqual([view(message.id)]);
	});

	it('uploads files from the input item as multipart attachments[]', async () => {
		const conversation = h.newConversation();
		const pdf = Buffer.from('%PDF-1.4 fake invoice bytes \u0000\u0001\u00ff', 'latin1');
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3, 255]);
		const items: INodeExecutionData[] = [
			{
				json: {},
				binary: {
					invoice: await prepareBinaryData(pdf, 'invoice-42.pdf', 'application/pdf'),
					photo: await prepareBinaryData(png, 'photo.png', 'image/png'),
				},
			},
		];
		const out = await h.run(
			messageOp('create', {
				conversationId: byId(conversation.display_id),
				messageType: 'outgoing',
				content: 'Here are your files',
				private: true,
				options: { binaryProperties: 'invoice, photo', contentAttributes: '{"source": "n8n"}', echoId: 'up-1' },
			}),
			{ items },
		);
		expect(h.fake.requests).toHaveLength(1);
		const request = h.fake.requests[0];
		expect([request.method, request.path]).toEqual(['POST', `${h.A()}/conversations/${conversation.display_id}/messages`]);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		const body = request.body as MultipartBody;
		expect(body.fields).toEqual({
			content: 'Here are your files',
			message_type: 'outgoing',
			private: 'true',
			content_attributes: '{"source":"n8n"}',
			echo_id: 'up-1',
		});
		expect(body.files.map((f) => ({ field: f.field, filename: f.filename, contentType: f.contentType, data: f.data }))).toEqual([
			{ field: 'attachments[]', filename: 'invoice-42.pdf', contentType: 'application/pdf', data: pdf },
			{ field: 'attachments[]', filename: 'photo.png', contentType: 'image/png', data: png },
		]);
		const [message] = h.fake.state.messagesOf(conversation);
		expect(message.attachments.map((a) => [a.filename, a.content_type, a.file_size])).toEqual([
			['invoice-42.pdf', 'application/pdf', pdf.length],
			['photo.png', 'image/png', png.length],
		]);
		expect(message.content_attributes).toEqual({ source: 'n8n' });
		expect(jsonOf(out)).toEqual([view(message.id)]);
	});

	it('allows files without text', async () => {
		const conversation = h.newConversation();
		const items: INodeExecutionData[] = [{ json: {}, binary: { data: await prepareBinaryData(Buffer.from('a,b\n1,2\n'), 'report.csv', 'text/csv') } }];
		await h.run(messageOp('create', { conversationId: byId(conversation.display_id), messageType: 'outgoing', options: { binaryProperties: ['data'] } }), { items });
		const body = h.fake.requests[0].body as MultipartBody;
		// Private Note defaults to off, and n8n passes the default: it goes as the text "false".
		expect(body.fields).toEqual({ message_type: 'outgoing', private: 'false' });
		expect(body.files.map((f) => f.filename)).toEqual(['report.csv']);
	});

	it('refuses bad input before any request', async () => {
		const items: INodeExecutionData[] = [{ json: {}, binary: { data: await prepareBinaryData(Buffer.from('x'), 'x.txt', 'text/plain') } }];
		await h.refused(messageOp('create', { conversationId: byId(1), messageType: 'outgoing', content: '' }), 'Content', /unless files/);
		await h.refused(messageOp('create', { conversationId: byId(1), messageType: 'outgoing', content: 'x', options: { binaryProperties: 'data, missing' } }), 'Options → Attachments (Binary Properties)', /"missing"/, { items });
		await h.refused(messageOp('create', { conversationId: byId(1), content: 'x', messageType: 'activity' }), 'Message Type', /must be one of/);
		await h.refused(messageOp('create', { conversationId: byId(1), content: 'x', messageType: '' }), 'Message Type', /is required/);
		await h.refused(messageOp('create', { conversationId: byId(1), messageType: 'outgoing', content: 'x', options: { contentAttributes: '{"items": [' } }), 'Options → Content Attributes (JSON)', /valid JSON/);
		await h.refused(messageOp('create', { conversationId: byId('12/../../x'), messageType: 'outgoing', content: 'x' }), 'Conversation', /numeric/);
		await h.refused(
			messageOp('create', { conversationId: byId(1), messageType: 'outgoing', content: 'x', options: { binaryProperties: 'data', templateParams: '{"name": "t"}' } }),
			'Options → Template Params (JSON)',
			/attachments/,
			{ items },
		);
	});
});

describe('message: update', () => {
	it('sets the delivery status of a message in an API inbox', async () => {
		const conversation = h.newConversation();
		const message = h.fake.addMessage(conversation, { content: 'out', message_type: 'outgoing' });
		h.fake.clearLog();
		const out = await h.run(messageOp('update', { conversationId: byId(conversation.display_id), messageId: String(message.id), status: 'delivered' }));
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${h.A()}/conversations/${conversation.display_id}/messages/${message.id}`, query: {}, body: { status: 'delivered' } },
		]);
		expect(message.status).toBe('delivered');
		expect(jsonOf(out)).toEqual([view(message.id)]);
	});

	it('reports a failure with its error message', async () => {
		const conversation = h.newConversation();
		const message = h.fake.addMessage(conversation, { content: 'out', message_type: 'outgoing' });
		h.fake.clearLog();
		await h.run(messageOp('update', { conversationId: byId(conversation.display_id), messageId: message.id, status: 'failed', externalError: 'Number unreachable' }));
		expect(h.requests()[0].body).toEqual({ status: 'failed', external_error: 'Number unreachable' });
		expect(message.status).toBe('failed');
		expect(message.content_attributes.external_error).toBe('Number unreachable');
	});

	it("is refused for other inboxes with the server's message", async () => {
		const conversation = h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.website });
		const message = h.fake.addMessage(conversation, { content: 'out', message_type: 'outgoing' });
		h.fake.clearLog();
		const error = await h.runError(messageOp('update', { conversationId: byId(conversation.display_id), messageId: String(message.id), status: 'read' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('403');
		expect(error.message).toBe('Message status update is only allowed for API inboxes');
	});

	it('refuses an unknown status and a non-numeric message ID', async () => {
		await h.refused(messageOp('update', { conversationId: byId(1), messageId: '1', status: 'seen' }), 'Status', /must be one of/);
		await h.refused(messageOp('update', { conversationId: byId(1), messageId: '1/2', status: 'read' }), 'Message ID', /numeric/);
	});
});

describe('message: delete', () => {
	it('soft-deletes and outputs the message afterwards', async () => {
		const conversation = h.newConversation();
		const message = h.fake.addMessage(conversation, { content: 'regrettable' });
		h.fake.clearLog();
		const out = await h.run(messageOp('delete', { conversationId: byId(conversation.display_id), messageId: String(message.id) }));
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${h.A()}/conversations/${conversation.display_id}/messages/${message.id}`, query: {} }]);
		expect(message.content).toBe('This message was deleted');
		expect(jsonOf(out)).toEqual([view(message.id)]);
		expect(jsonOf(out)[0].content_attributes).toMatchObject({ deleted: true });
	});

	it('reports an unknown message as the API error', async () => {
		const error = await h.runError(messageOp('delete', { conversationId: byId(1), messageId: '999999' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
	});
});

describe('message: translate / retry', () => {
	it('translate sends the target language', async () => {
		const conversation = h.newConversation();
		const message = h.fake.addMessage(conversation, { content: 'Hola' });
		h.fake.clearLog();
		const out = await h.run(messageOp('translate', { conversationId: byId(conversation.display_id), messageId: String(message.id), targetLanguage: 'en' }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/messages/${message.id}/translate`, query: {}, body: { target_language: 'en' } },
		]);
		expect(jsonOf(out)).toEqual([{ content: '[en] Hola' }]);
		h.fake.clearLog();
		await h.refused(messageOp('translate', { conversationId: byId(1), messageId: '1', targetLanguage: ' ' }), 'Target Language', /required/);
	});

	it('retry resends a failed message', async () => {
		const conversation = h.newConversation();
		const message = h.fake.addMessage(conversation, { content: 'out', message_type: 'outgoing', status: 'failed' });
		h.fake.clearLog();
		const out = await h.run(messageOp('retry', { conversationId: byId(conversation.display_id), messageId: String(message.id) }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/messages/${message.id}/retry`, query: {} },
		]);
		expect(jsonOf(out)).toEqual([{ success: true, id: message.id }]);
		expect(message.status).toBe('sent');
	});

	it('reports an unknown message as the API error', async () => {
		const error = await h.runError(messageOp('retry', { conversationId: byId(1), messageId: '4040404' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
	});
});
