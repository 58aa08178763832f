/**
 * Messages: getAll (newest-first cursor walk with `before=<id>`), create (JSON, and multipart with
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
	it('walks back from the newest message with before=<id>, 20 at a time, to the first one', async () => {
		const conversation = h.fake.conversation(1)!;
		const all = h.fake.state.messagesOf(conversation);
		expect(all.length).toBeGreaterThan(100);
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(1), returnAll: true })));
		const newestFirst = [...all].reverse();
		expect(out).toEqual(newestFirst.map((m) => view(m.id)));
		// One request per 20, each before the oldest id seen so far; the last page is short.
		const cursors = [undefined, ...Array.from({ length: Math.ceil(all.length / 20) }, (_, k) => newestFirst[(k + 1) * 20 - 1]?.id)].slice(0, Math.ceil(all.length / 20));
		expect(h.requests()).toEqual(
			cursors.map((before) => ({ method: 'GET', path: `${h.A()}/conversations/1/messages`, query: before === undefined ? {} : { before: String(before) } })),
		);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
	});

	it('stops at the limit: 45 messages take 3 requests; "oldest first" gives them in order', async () => {
		const all = h.fake.state.messagesOf(h.fake.conversation(1)!);
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(1), returnAll: false, limit: 45, options: { order: 'oldestFirst' } })));
		expect(h.requests()).toHaveLength(3);
		expect(out.map((m) => m.id)).toEqual(all.slice(-45).map((m) => m.id));
	});

	it('has no gaps or repeats when messages arrive while it pages', async () => {
		const conversation = h.fake.conversation(1)!;
		const before = h.fake.state.messagesOf(conversation).map((m) => m.id);
		const state = h.fake.state;
		const original = state.messagesOf.bind(state);
		let reads = 0;
		state.messagesOf = (c) => {
			reads++;
			// Between pages, new messages arrive (they would shift any offset-based paging).
			if (reads > 1 && reads < 5 && c.id === conversation.id) {
				state.createMessage(c, { content: `arrived during paging ${reads}`, message_type: 'incoming' });
			}
			return original(c);
		};
		let out: IDataObject[];
		try {
			out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(1), returnAll: true })));
		} finally {
			state.messagesOf = original;
		}
		expect(reads).toBeGreaterThan(4);
		expect(out.map((m) => m.id)).toEqual([...before].reverse());
	});

	it('handles a conversation with a single short page', async () => {
		const conversation = h.newConversation();
		const m1 = h.fake.addMessage(conversation, { content: 'one' });
		const m2 = h.fake.addMessage(conversation, { content: 'two' });
		h.fake.clearLog();
		const out = jsonOf(await h.run(messageOp('getAll', { conversationId: byId(conversation.display_id), returnAll: true })));
		expect(h.requests()).toHaveLength(1);
		expect(out).toEqual([view(m2.id), view(m1.id)]);
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
