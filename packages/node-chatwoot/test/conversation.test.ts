/**
 * Conversation resource: every operation against the fake Chatwoot — exact requests, items out
 * compared with the fake's state (through its JSON views), no spec violation.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const { conversationView, attachmentView, reportingEventView } = chatwootViews;

const convOp = resourceOp('conversation');
const conversations = () => h.fake.state.conversationsOf(h.fake.accountId);
const viewOf = (displayId: number) => conversationView(h.fake.state, h.fake.conversation(displayId)!);
const ids = (items: IDataObject[]) => items.map((c) => Number(c.id)).sort((a, b) => a - b);

describe('conversation: getAll', () => {
	it('returns every conversation of every status over pages of 25', async () => {
		const out = jsonOf(await h.run(convOp('getAll', { status: 'all', assigneeType: 'all', returnAll: true })));
		const total = conversations().length;
		expect(h.requests()).toEqual(
			Array.from({ length: Math.ceil(total / 25) }, (_, k) => ({
				method: 'GET',
				path: `${h.A()}/conversations`,
				query: { status: 'all', assignee_type: 'all', page: String(k + 1) },
				body: undefined,
			})),
		);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(ids(out)).toEqual(conversations().map((c) => c.display_id).sort((a, b) => a - b));
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('stops on the count that matches the assignee filter, not the total', async () => {
		// Make the "assigned" count an exact multiple of 25: the count then says when to stop.
		const assigned = () => conversations().filter((c) => c.assignee_id !== null);
		while (assigned().length % 25 !== 0) h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api, assignee_id: h.fake.seeded!.users.bob });
		expect(conversations().length).toBeGreaterThan(assigned().length);
		h.fake.clearLog();
		const out = jsonOf(await h.run(convOp('getAll', { status: 'all', assigneeType: 'assigned', returnAll: true })));
		expect(h.requests()).toHaveLength(assigned().length / 25);
		expect(ids(out)).toEqual(assigned().map((c) => c.display_id).sort((a, b) => a - b));
	});

	it('stops at the limit (30 → 2 requests) and sends every filter', async () => {
		const out = jsonOf(
			await h.run(
				convOp('getAll', {
					status: 'open',
					assigneeType: 'unassigned',
					returnAll: false,
					limit: 3,
					filters: { inboxId: String(h.fake.seeded!.inboxes.website), teamId: String(h.fake.seeded!.teams.sales), labels: ['billing', 'vip'], query: 'invoice', sortBy: 'created_at_asc', conversationType: 'unattended' },
				}),
			),
		);
		expect(h.requests()).toEqual([
			{
				method: 'GET',
				path: `${h.A()}/conversations`,
				query: {
					status: 'open',
					assignee_type: 'unassigned',
					inbox_id: String(h.fake.seeded!.inboxes.website),
					team_id: String(h.fake.seeded!.teams.sales),
					labels: ['billing', 'vip'],
					q: 'invoice',
					sort_by: 'created_at_asc',
					conversation_type: 'unattended',
					page: '1',
				},
				body: undefined,
			},
		]);
		for (const c of out) {
			const row = h.fake.conversation(Number(c.id))!;
			expect(row.inbox_id).toBe(h.fake.seeded!.inboxes.website);
			expect(row.team_id).toBe(h.fake.seeded!.teams.sales);
			expect(row.assignee_id).toBeNull();
		}

		h.fake.clearLog();
		const thirty = jsonOf(await h.run(convOp('getAll', { status: 'all', returnAll: false, limit: 30 })));
		expect(h.requests().map((r) => r.query.page)).toEqual(['1', '2']);
		expect(thirty).toHaveLength(30);
		expect(new Set(thirty.map((c) => c.id)).size).toBe(30);
	});

	it('keeps each conversation once when activity reorders the list between pages', async () => {
		const state = h.fake.state;
		const original = state.conversationsOf.bind(state);
		let reads = 0;
		state.conversationsOf = (accountId: number) => {
			reads++;
			if (reads === 2) {
				// New activity on the oldest conversation moves it to the top: page 2 now starts with the last row of page 1.
				const oldest = [...original(accountId)].sort((a, b) => a.last_activity_at - b.last_activity_at)[0];
				oldest.last_activity_at = state.now() + 3600;
			}
			return original(accountId);
		};
		try {
			const out = jsonOf(await h.run(convOp('getAll', { status: 'all', returnAll: false, limit: 40 })));
			expect(reads).toBe(2);
			expect(h.requests()).toHaveLength(2);
			expect(out).toHaveLength(40);
			expect(new Set(out.map((c) => c.id)).size).toBe(40);
		} finally {
			state.conversationsOf = original;
		}
	});

	it('untouched, Status and Assignee send their defaults: open conversations, assigned or not', async () => {
		const out = jsonOf(await h.run(convOp('getAll', { returnAll: false, limit: 3 })));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/conversations`, query: { status: 'open', assignee_type: 'all', page: '1' } }]);
		const open = conversations().filter((c) => c.status === 'open');
		expect(open.length).toBeGreaterThan(3);
		expect(out).toHaveLength(3);
		for (const row of out) expect(row.status).toBe('open');
	});

	it('refuses an unknown or emptied status or assignee, and a non-numeric inbox', async () => {
		await h.refused(convOp('getAll', { status: 'closed', returnAll: true }), 'Status', /must be one of/);
		await h.refused(convOp('getAll', { status: '', returnAll: true }), 'Status', /is required/);
		await h.refused(convOp('getAll', { assigneeType: '', returnAll: true }), 'Assignee', /is required/);
		await h.refused(convOp('getAll', { status: 'open', returnAll: true, filters: { inboxId: 'web' } }), 'Filters → Inbox Name or ID', /numeric/);
	});
});

describe('conversation: getCounts', () => {
	it('refuses an empty status (the editor always sends one; its default is "open")', async () => {
		await h.refused(convOp('getCounts', { status: '' }), 'Status', /is required/);
	});

	it('returns the four counts for the status and filters', async () => {
		const out = await h.run(convOp('getCounts', { status: 'open', filters: { inboxId: String(h.fake.seeded!.inboxes.api) } }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/conversations/meta`, query: { status: 'open', inbox_id: String(h.fake.seeded!.inboxes.api) } },
		]);
		const open = conversations().filter((c) => c.status === 'open' && c.inbox_id === h.fake.seeded!.inboxes.api);
		expect(jsonOf(out)).toEqual([
			{
				mine_count: open.filter((c) => c.assignee_id === h.fake.seeded!.users.alice).length,
				assigned_count: open.filter((c) => c.assignee_id !== null).length,
				unassigned_count: open.filter((c) => c.assignee_id === null).length,
				all_count: open.length,
			},
		]);
	});
});

describe('conversation: filter', () => {
	it('pages through every match of the built conditions', async () => {
		const expected = conversations().filter((c) => c.status === 'open' || c.status === 'pending');
		const out = jsonOf(
			await h.run(convOp('filter', { filterMode: 'builder', conditions: { condition: [{ attributeKey: 'status', filterOperator: 'equal_to', values: 'open, pending' }] }, returnAll: true })),
		);
		const payload = [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open', 'pending'] }];
		expect(h.requests()).toEqual(
			Array.from({ length: Math.ceil(expected.length / 25) }, (_, k) => ({ method: 'POST', path: `${h.A()}/conversations/filter`, query: { page: String(k + 1) }, body: { payload } })),
		);
		expect(ids(out)).toEqual(expected.map((c) => c.display_id).sort((a, b) => a - b));
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('takes JSON and stops at the limit', async () => {
		const json = [{ attribute_key: 'priority', filter_operator: 'equal_to', values: ['urgent'], query_operator: null }];
		const out = jsonOf(await h.run(convOp('filter', { filterMode: 'json', filterJson: JSON.stringify(json), returnAll: false, limit: 2 })));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/filter`, query: { page: '1' }, body: { payload: json } }]);
		expect(out).toHaveLength(2);
		for (const c of out) expect(h.fake.conversation(Number(c.id))!.priority).toBe('urgent');
	});

	it('refuses invalid JSON', async () => {
		await h.refused(convOp('filter', { filterMode: 'json', filterJson: '{"attribute_key": "status"', returnAll: true }), 'Filter (JSON)', /valid JSON/);
		await h.refused(convOp('filter', { filterMode: 'json', filterJson: '{"attribute_key": "status"}', returnAll: true }), 'Filter (JSON)', /JSON array/);
	});
});

describe('conversation: search', () => {
	it('pages through the matches of the search text', async () => {
		const out = jsonOf(await h.run(convOp('search', { query: 'invoice', returnAll: true })));
		expect(h.requests()[0]).toEqual({ method: 'GET', path: `${h.A()}/conversations/search`, query: { q: 'invoice', page: '1' } });
		expect(out.length).toBeGreaterThan(0);
		expect(new Set(out.map((c) => c.id)).size).toBe(out.length);
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('stops at the limit', async () => {
		const out = jsonOf(await h.run(convOp('search', { query: 'a', returnAll: false, limit: 3 })));
		expect(h.requests()).toHaveLength(1);
		expect(out).toHaveLength(3);
	});
});

describe('conversation: get', () => {
	it('outputs the conversation', async () => {
		const out = await h.run(convOp('get', { conversationId: byId(7) }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/conversations/7`, query: {} }]);
		expect(jsonOf(out)).toEqual([viewOf(7)]);
	});

	it('answers an unknown number with "Resource could not be found"', async () => {
		const error = await h.runError(convOp('get', { conversationId: byId(90909) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect((error as NodeApiError).httpCode).toBe('404');
	});

	it('refuses missing, non-numeric and path-like numbers before any request', async () => {
		await h.refused(convOp('get', { conversationId: byId('') }), 'Conversation', /required/);
		await h.refused(convOp('get', { conversationId: byId('#7') }), 'Conversation', /numeric/);
		await h.refused(convOp('get', { conversationId: byId('12/../../x') }), 'Conversation', /numeric/);
	});
});

describe('conversation: create', () => {
	it('starts a conversation with a contact in an inbox, with every option', async () => {
		const contact = h.fake.addContact({ name: 'Conversation Starter' });
		const inbox = h.fake.seeded!.inboxes.api;
		h.fake.clearLog();
		const out = await h.run(
			convOp('create', {
				startWith: 'contact',
				contactId: byId(contact.id),
				inboxId: byId(inbox),
				additionalFields: {
					sourceId: 'starter-src',
					status: 'pending',
					assigneeId: String(h.fake.seeded!.users.bob),
					teamId: String(h.fake.seeded!.teams.support),
					message: 'Hello from n8n',
					customAttributesJson: '{"order_id": "ORD-1"}',
					additionalAttributes: { pairs: [{ key: 'referer', value: 'n8n' }] },
				},
			}),
		);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: `${h.A()}/conversations`,
				query: {},
				body: {
					inbox_id: inbox,
					contact_id: contact.id,
					source_id: 'starter-src',
					status: 'pending',
					assignee_id: h.fake.seeded!.users.bob,
					team_id: h.fake.seeded!.teams.support,
					additional_attributes: { referer: 'n8n' },
					custom_attributes: { order_id: 'ORD-1' },
					message: { content: 'Hello from n8n' },
				},
			},
		]);
		const created = conversations().find((c) => c.contact_id === contact.id)!;
		expect(created).toMatchObject({ status: 'pending', assignee_id: h.fake.seeded!.users.bob, team_id: h.fake.seeded!.teams.support });
		expect(h.fake.state.messagesOf(created).map((m) => m.content)).toEqual(['Hello from n8n']);
		expect(jsonOf(out)).toEqual([viewOf(created.display_id)]);
	});

	it('starts one from a contact inbox source ID', async () => {
		const contact = h.fake.addContact({ name: 'By Source', inboxId: h.fake.seeded!.inboxes.api, sourceId: 'src-by-source' });
		h.fake.clearLog();
		const out = await h.run(convOp('create', { startWith: 'sourceId', sourceId: 'src-by-source', additionalFields: { snoozedUntil: '2031-01-02T03:04:05Z', status: 'open' } }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/conversations`, query: {}, body: { source_id: 'src-by-source', status: 'open', snoozed_until: '2031-01-02T03:04:05.000Z' } },
		]);
		const created = conversations().find((c) => c.contact_id === contact.id)!;
		expect(jsonOf(out)).toEqual([viewOf(created.display_id)]);
	});

	it('refuses incomplete input before any request', async () => {
		await h.refused(convOp('create', { startWith: 'contact', contactId: byId(1), inboxId: byId('') }), 'Inbox', /required/);
		await h.refused(convOp('create', { startWith: 'sourceId', sourceId: ' ' }), 'Source ID', /required/);
		// The editor always sends Start With (its default is "contact"); an expression that leaves it empty is refused.
		await h.refused(convOp('create', { startWith: '', contactId: byId(1), inboxId: byId(1) }), 'Start With', /is required/);
		await h.refused(
			convOp('create', { startWith: 'contact', contactId: byId(1), inboxId: byId(1), additionalFields: { templateParams: '{"name": "x"}' } }),
			'Additional Fields → First Message',
			/template params/,
		);
		await h.refused(convOp('create', { startWith: 'contact', contactId: byId(1), inboxId: byId(1), additionalFields: { status: 'closed' } }), 'Additional Fields → Status', /must be one of/);
	});
});

describe('conversation: update', () => {
	it('sets the priority (and the SLA policy)', async () => {
		const conversation = h.newConversation();
		const out = await h.run(convOp('update', { conversationId: byId(conversation.display_id), updateFields: { priority: 'high', slaPolicyId: 3 } }));
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${h.A()}/conversations/${conversation.display_id}`, query: {}, body: { priority: 'high', sla_policy_id: 3 } }]);
		expect(conversation.priority).toBe('high');
		expect(jsonOf(out)).toEqual([viewOf(conversation.display_id)]);
	});

	it('"None" clears the priority', async () => {
		const conversation = h.newConversation({ priority: 'low' });
		await h.run(convOp('update', { conversationId: byId(conversation.display_id), updateFields: { priority: 'none' } }));
		expect(h.requests()[0].body).toEqual({ priority: 'none' });
		expect(conversation.priority).toBeNull();
	});

	it('refuses an empty update', async () => {
		await h.refused(convOp('update', { conversationId: byId(1), updateFields: {} }), 'Update Fields', /at least one/);
		await h.refused(convOp('update', { conversationId: byId(1), updateFields: { priority: 'asap' } }), 'Update Fields → Priority', /must be one of/);
	});
});

describe('conversation: delete', () => {
	it('deletes the conversation', async () => {
		const conversation = h.newConversation();
		const out = await h.run(convOp('delete', { conversationId: byId(conversation.display_id) }));
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${h.A()}/conversations/${conversation.display_id}`, query: {} }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id }]);
		expect(h.fake.conversation(conversation.display_id)).toBeUndefined();
	});

	it('is refused to an agent (administrators only)', async () => {
		const conversation = h.newConversation();
		const asAgent = await h.runError(convOp('delete', { conversationId: byId(conversation.display_id) }), h.withToken(h.fake.tokens.agent));
		expect(asAgent).toBeInstanceOf(NodeApiError);
		expect((asAgent as NodeApiError).message).toBe('You are not authorized to do this action');
		expect(h.fake.conversation(conversation.display_id)).toBeDefined();
	});
});

describe('conversation: setStatus', () => {
	it('resolves a conversation', async () => {
		const conversation = h.newConversation();
		const out = await h.run(convOp('setStatus', { conversationId: byId(conversation.display_id), status: 'resolved' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/toggle_status`, query: {}, body: { status: 'resolved' } }]);
		expect(conversation.status).toBe('resolved');
		expect(jsonOf(out)).toEqual([{ success: true, conversation_id: conversation.display_id, current_status: 'resolved', snoozed_until: null }]);
	});

	it('snoozes until a time, sent as Unix seconds', async () => {
		const conversation = h.newConversation();
		const out = await h.run(convOp('setStatus', { conversationId: byId(conversation.display_id), status: 'snoozed', snoozedUntil: '2031-05-06T07:08:09Z' }));
		const seconds = Date.parse('2031-05-06T07:08:09Z') / 1000;
		expect(h.requests()[0].body).toEqual({ status: 'snoozed', snoozed_until: seconds });
		expect(conversation.snoozed_until).toBe(seconds);
		expect(jsonOf(out)).toEqual([{ success: true, conversation_id: conversation.display_id, current_status: 'snoozed', snoozed_until: seconds }]);
	});

	it('refuses an unknown status and a bad date', async () => {
		await h.refused(convOp('setStatus', { conversationId: byId(1), status: 'closed' }), 'Status', /must be one of/);
		await h.refused(convOp('setStatus', { conversationId: byId(1), status: 'snoozed', snoozedUntil: 'next tuesday-ish' }), 'Snoozed Until', /must be a date/);
	});
});

describe('conversation: togglePriority / toggleTypingStatus / setCustomAttributes', () => {
	it('togglePriority sets the priority', async () => {
		const conversation = h.newConversation();
		const out = await h.run(convOp('togglePriority', { conversationId: byId(conversation.display_id), priority: 'urgent' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/toggle_priority`, query: {}, body: { priority: 'urgent' } }]);
		expect(conversation.priority).toBe('urgent');
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id, priority: 'urgent' }]);
		h.fake.clearLog();
		await h.refused(convOp('togglePriority', { conversationId: byId(1), priority: 'p1' }), 'Priority', /must be one of/);
	});

	it('toggleTypingStatus turns the indicator on for a private note', async () => {
		const conversation = h.newConversation();
		const events: string[] = [];
		const stop = h.fake.state.onEvent((e) => events.push(e.event));
		const out = await h.run(convOp('toggleTypingStatus', { conversationId: byId(conversation.display_id), typingStatus: 'on', isPrivate: true }));
		stop();
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/toggle_typing_status`, query: {}, body: { typing_status: 'on', is_private: true } },
		]);
		expect(events).toEqual(['conversation_typing_on']);
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id, typingStatus: 'on' }]);
		h.fake.clearLog();
		await h.refused(convOp('toggleTypingStatus', { conversationId: byId(1), typingStatus: 'maybe' }), 'Typing Status', /must be one of/);
	});

	it('setCustomAttributes replaces the whole set', async () => {
		const conversation = h.newConversation({ custom_attributes: { old: 'gone' } });
		const out = await h.run(
			convOp('setCustomAttributes', { conversationId: byId(conversation.display_id), customAttributesJson: '{"order_id": "ORD-9", "amount": 12.5}', customAttributes: { pairs: [{ key: 'channel', value: 'n8n' }] } }),
		);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: `${h.A()}/conversations/${conversation.display_id}/custom_attributes`,
				query: {},
				body: { custom_attributes: { order_id: 'ORD-9', amount: 12.5, channel: 'n8n' } },
			},
		]);
		expect(conversation.custom_attributes).toEqual({ order_id: 'ORD-9', amount: 12.5, channel: 'n8n' });
		expect(jsonOf(out)).toEqual([viewOf(conversation.display_id)]);
		h.fake.clearLog();
		await h.refused(convOp('setCustomAttributes', { conversationId: byId(1), customAttributesJson: 'nope' }), 'Custom Attributes (JSON)', /valid JSON/);
	});
});

describe('conversation: mute / unmute / markUnread / updateLastSeen / sendTranscript', () => {
	it('mute and unmute', async () => {
		const conversation = h.newConversation();
		const muted = await h.run(convOp('mute', { conversationId: byId(conversation.display_id) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/mute`, query: {} }]);
		expect(conversation).toMatchObject({ muted: true, status: 'resolved' });
		expect(jsonOf(muted)).toEqual([{ success: true, id: conversation.display_id }]);

		h.fake.clearLog();
		const unmuted = await h.run(convOp('unmute', { conversationId: byId(conversation.display_id) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/unmute`, query: {} }]);
		expect(conversation.muted).toBe(false);
		expect(jsonOf(unmuted)).toEqual([{ success: true, id: conversation.display_id }]);
	});

	it('markUnread and updateLastSeen', async () => {
		const conversation = h.newConversation();
		h.fake.addMessage(conversation, { content: 'ping', message_type: 'incoming' });
		h.fake.clearLog();
		const read = await h.run(convOp('updateLastSeen', { conversationId: byId(conversation.display_id) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/update_last_seen`, query: {} }]);
		expect(conversation.agent_last_seen_at).toBeGreaterThanOrEqual(h.fake.state.messagesOf(conversation).at(-1)!.created_at);
		expect(jsonOf(read)).toEqual([{ success: true, id: conversation.display_id }]);
		expect(viewOf(conversation.display_id).unread_count).toBe(0);

		h.fake.clearLog();
		const unread = await h.run(convOp('markUnread', { conversationId: byId(conversation.display_id) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/unread`, query: {} }]);
		expect(jsonOf(unread)).toEqual([{ success: true, id: conversation.display_id }]);
		expect(viewOf(conversation.display_id).unread_count).toBe(1);
	});

	it('sendTranscript emails the transcript', async () => {
		const conversation = h.newConversation();
		const out = await h.run(convOp('sendTranscript', { conversationId: byId(conversation.display_id), email: 'boss@example.org' }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/transcript`, query: {}, body: { email: 'boss@example.org' } },
		]);
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id, email: 'boss@example.org' }]);
		expect(h.fake.state.transcripts.at(-1)).toEqual({ conversationId: conversation.id, email: 'boss@example.org' });
		h.fake.clearLog();
		await h.refused(convOp('sendTranscript', { conversationId: byId(1), email: 'boss' }), 'Email', /email address/);
	});
});

describe('conversation: getAttachments', () => {
	it('pages through the attachments (100 per page) and honours the limit', async () => {
		const conversation = h.newConversation();
		h.fake.addMessage(conversation, { content: 'files', attachments: Array.from({ length: 104 }, (_, k) => ({ filename: `f${k}.png`, content_type: 'image/png', size: k })) });
		h.fake.clearLog();
		const all = jsonOf(await h.run(convOp('getAttachments', { conversationId: byId(conversation.display_id), returnAll: true })));
		expect(h.requests()).toEqual([1, 2].map((page) => ({ method: 'GET', path: `${h.A()}/conversations/${conversation.display_id}/attachments`, query: { page: String(page) } })));
		const expected = h.fake.state.messagesOf(conversation).flatMap((m) => m.attachments);
		expect(ids(all)).toEqual(expected.map((a) => a.id).sort((a, b) => a - b));
		const attachmentById = new Map(expected.map((a) => [a.id, a]));
		expect(all).toEqual(all.map((a) => attachmentView(h.fake.state, attachmentById.get(Number(a.id))!)));

		h.fake.clearLog();
		const some = jsonOf(await h.run(convOp('getAttachments', { conversationId: byId(conversation.display_id), returnAll: false, limit: 100 })));
		expect(h.requests()).toHaveLength(1);
		expect(some).toEqual(all.slice(0, 100));
	});
});

describe('conversation: getReportingEvents', () => {
	it('lists the reporting events of the conversation', async () => {
		const withEvents = conversations().find((c) => h.fake.state.reportingEvents.filter((e) => e.conversation_id === c.id).length > 1)!;
		const events = h.fake.state.reportingEvents.filter((e) => e.conversation_id === withEvents.id);
		const out = jsonOf(await h.run(convOp('getReportingEvents', { conversationId: byId(withEvents.display_id), returnAll: true })));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/conversations/${withEvents.display_id}/reporting_events`, query: {} }]);
		expect(out).toEqual(events.map(reportingEventView));

		h.fake.clearLog();
		const one = jsonOf(await h.run(convOp('getReportingEvents', { conversationId: byId(withEvents.display_id), returnAll: false, limit: 1 })));
		expect(one).toEqual(out.slice(0, 1));
	});
});
