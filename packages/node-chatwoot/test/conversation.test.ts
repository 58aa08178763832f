/**
 * Conversation resource: every operation against the fake Chatwoot — exact requests, items out
 * compared with the fake's state (through its JSON views), no spec violation.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { conversationView, attachmentView, reportingEventView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, resourceOp, rl, run, useFake } from './harness';

const { fake, A, sent, failure, refused, newConversation } = useFake();

const convOp = resourceOp('conversation');
const conversations = () => fake.state.conversationsOf(fake.accountId);
const viewOf = (displayId: number) => conversationView(fake.state, fake.conversation(displayId)!);
const ids = (items: IDataObject[]) => items.map((c) => Number(c.id)).sort((a, b) => a - b);

describe('conversation: getAll', () => {
	it('returns every conversation of every status over pages of 25', async () => {
		const out = jsonOf(await run(fake, convOp('getAll', { status: 'all', assigneeType: 'all', returnAll: true })));
		const total = conversations().length;
		expect(sent()).toEqual(
			Array.from({ length: Math.ceil(total / 25) }, (_, k) => ({
				method: 'GET',
				path: `${A()}/conversations`,
				query: { status: 'all', assignee_type: 'all', page: String(k + 1) },
				body: undefined,
			})),
		);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(ids(out)).toEqual(conversations().map((c) => c.display_id).sort((a, b) => a - b));
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('stops on the count that matches the assignee filter, not the total', async () => {
		// Make the "assigned" count an exact multiple of 25: the count then says when to stop.
		const assigned = () => conversations().filter((c) => c.assignee_id !== null);
		while (assigned().length % 25 !== 0) fake.addConversation({ inboxId: fake.seeded!.inboxes.api, assignee_id: fake.seeded!.users.bob });
		expect(conversations().length).toBeGreaterThan(assigned().length);
		fake.server.clearLog();
		const out = jsonOf(await run(fake, convOp('getAll', { status: 'all', assigneeType: 'assigned', returnAll: true })));
		expect(sent()).toHaveLength(assigned().length / 25);
		expect(ids(out)).toEqual(assigned().map((c) => c.display_id).sort((a, b) => a - b));
	});

	it('stops at the limit (30 → 2 requests) and sends every filter', async () => {
		const out = jsonOf(
			await run(
				fake,
				convOp('getAll', {
					status: 'open',
					assigneeType: 'unassigned',
					returnAll: false,
					limit: 3,
					filters: { inboxId: String(fake.seeded!.inboxes.website), teamId: String(fake.seeded!.teams.sales), labels: ['billing', 'vip'], query: 'invoice', sortBy: 'created_at_asc', conversationType: 'unattended' },
				}),
			),
		);
		expect(sent()).toEqual([
			{
				method: 'GET',
				path: `${A()}/conversations`,
				query: {
					status: 'open',
					assignee_type: 'unassigned',
					inbox_id: String(fake.seeded!.inboxes.website),
					team_id: String(fake.seeded!.teams.sales),
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
			const row = fake.conversation(Number(c.id))!;
			expect(row.inbox_id).toBe(fake.seeded!.inboxes.website);
			expect(row.team_id).toBe(fake.seeded!.teams.sales);
			expect(row.assignee_id).toBeNull();
		}

		fake.server.clearLog();
		const thirty = jsonOf(await run(fake, convOp('getAll', { status: 'all', returnAll: false, limit: 30 })));
		expect(sent().map((r) => r.query.page)).toEqual(['1', '2']);
		expect(thirty).toHaveLength(30);
		expect(new Set(thirty.map((c) => c.id)).size).toBe(30);
	});

	it('keeps each conversation once when activity reorders the list between pages', async () => {
		const state = fake.state;
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
			const out = jsonOf(await run(fake, convOp('getAll', { status: 'all', returnAll: false, limit: 40 })));
			expect(reads).toBe(2);
			expect(sent()).toHaveLength(2);
			expect(out).toHaveLength(40);
			expect(new Set(out.map((c) => c.id)).size).toBe(40);
		} finally {
			state.conversationsOf = original;
		}
	});

	it('refuses an unknown status and a non-numeric inbox', async () => {
		await refused(convOp('getAll', { status: 'closed', returnAll: true }), 'Status', /must be one of/);
		await refused(convOp('getAll', { status: 'open', returnAll: true, filters: { inboxId: 'web' } }), 'Filters → Inbox Name or ID', /numeric/);
	});
});

describe('conversation: getCounts', () => {
	it('refuses an empty status (the editor always sends one; its default is "open")', async () => {
		await refused(convOp('getCounts', { status: '' }), 'Status', /is required/);
	});

	it('returns the four counts for the status and filters', async () => {
		const out = await run(fake, convOp('getCounts', { status: 'open', filters: { inboxId: String(fake.seeded!.inboxes.api) } }));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/conversations/meta`, query: { status: 'open', inbox_id: String(fake.seeded!.inboxes.api) }, body: undefined },
		]);
		const open = conversations().filter((c) => c.status === 'open' && c.inbox_id === fake.seeded!.inboxes.api);
		expect(jsonOf(out)).toEqual([
			{
				mine_count: open.filter((c) => c.assignee_id === fake.seeded!.users.alice).length,
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
			await run(fake, convOp('filter', { filterMode: 'builder', conditions: { condition: [{ attributeKey: 'status', filterOperator: 'equal_to', values: 'open, pending' }] }, returnAll: true })),
		);
		const payload = [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open', 'pending'] }];
		expect(sent()).toEqual(
			Array.from({ length: Math.ceil(expected.length / 25) }, (_, k) => ({ method: 'POST', path: `${A()}/conversations/filter`, query: { page: String(k + 1) }, body: { payload } })),
		);
		expect(ids(out)).toEqual(expected.map((c) => c.display_id).sort((a, b) => a - b));
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('takes JSON and stops at the limit', async () => {
		const json = [{ attribute_key: 'priority', filter_operator: 'equal_to', values: ['urgent'], query_operator: null }];
		const out = jsonOf(await run(fake, convOp('filter', { filterMode: 'json', filterJson: JSON.stringify(json), returnAll: false, limit: 2 })));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/filter`, query: { page: '1' }, body: { payload: json } }]);
		expect(out).toHaveLength(2);
		for (const c of out) expect(fake.conversation(Number(c.id))!.priority).toBe('urgent');
	});

	it('refuses invalid JSON', async () => {
		await refused(convOp('filter', { filterMode: 'json', filterJson: '{"attribute_key": "status"', returnAll: true }), 'Filter (JSON)', /valid JSON/);
		await refused(convOp('filter', { filterMode: 'json', filterJson: '{"attribute_key": "status"}', returnAll: true }), 'Filter (JSON)', /JSON array/);
	});
});

describe('conversation: search', () => {
	it('pages through the matches of the search text', async () => {
		const out = jsonOf(await run(fake, convOp('search', { query: 'invoice', returnAll: true })));
		expect(sent()[0]).toEqual({ method: 'GET', path: `${A()}/conversations/search`, query: { q: 'invoice', page: '1' }, body: undefined });
		expect(out.length).toBeGreaterThan(0);
		expect(new Set(out.map((c) => c.id)).size).toBe(out.length);
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('stops at the limit', async () => {
		const out = jsonOf(await run(fake, convOp('search', { query: 'a', returnAll: false, limit: 3 })));
		expect(sent()).toHaveLength(1);
		expect(out).toHaveLength(3);
	});
});

describe('conversation: get', () => {
	it('outputs the conversation', async () => {
		const out = await run(fake, convOp('get', { conversationId: rl(7) }));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/conversations/7`, query: {}, body: undefined }]);
		expect(jsonOf(out)).toEqual([viewOf(7)]);
	});

	it('answers an unknown number with "Resource could not be found"', async () => {
		const error = await failure(convOp('get', { conversationId: rl(90909) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect((error as NodeApiError).httpCode).toBe('404');
	});

	it('refuses missing, non-numeric and path-like numbers before any request', async () => {
		await refused(convOp('get', { conversationId: rl('') }), 'Conversation', /required/);
		await refused(convOp('get', { conversationId: rl('#7') }), 'Conversation', /numeric/);
		await refused(convOp('get', { conversationId: rl('12/../../x') }), 'Conversation', /numeric/);
	});
});

describe('conversation: create', () => {
	it('starts a conversation with a contact in an inbox, with every option', async () => {
		const contact = fake.addContact({ name: 'Conversation Starter' });
		const inbox = fake.seeded!.inboxes.api;
		fake.server.clearLog();
		const out = await run(
			fake,
			convOp('create', {
				startWith: 'contact',
				contactId: rl(contact.id),
				inboxId: rl(inbox),
				additionalFields: {
					sourceId: 'starter-src',
					status: 'pending',
					assigneeId: String(fake.seeded!.users.bob),
					teamId: String(fake.seeded!.teams.support),
					message: 'Hello from n8n',
					customAttributesJson: '{"order_id": "ORD-1"}',
					additionalAttributes: { pairs: [{ key: 'referer', value: 'n8n' }] },
				},
			}),
		);
		expect(sent()).toEqual([
			{
				method: 'POST',
				path: `${A()}/conversations`,
				query: {},
				body: {
					inbox_id: inbox,
					contact_id: contact.id,
					source_id: 'starter-src',
					status: 'pending',
					assignee_id: fake.seeded!.users.bob,
					team_id: fake.seeded!.teams.support,
					additional_attributes: { referer: 'n8n' },
					custom_attributes: { order_id: 'ORD-1' },
					message: { content: 'Hello from n8n' },
				},
			},
		]);
		const created = conversations().find((c) => c.contact_id === contact.id)!;
		expect(created).toMatchObject({ status: 'pending', assignee_id: fake.seeded!.users.bob, team_id: fake.seeded!.teams.support });
		expect(fake.state.messagesOf(created).map((m) => m.content)).toEqual(['Hello from n8n']);
		expect(jsonOf(out)).toEqual([viewOf(created.display_id)]);
	});

	it('starts one from a contact inbox source ID', async () => {
		const contact = fake.addContact({ name: 'By Source', inboxId: fake.seeded!.inboxes.api, sourceId: 'src-by-source' });
		fake.server.clearLog();
		const out = await run(fake, convOp('create', { startWith: 'sourceId', sourceId: 'src-by-source', additionalFields: { snoozedUntil: '2031-01-02T03:04:05Z', status: 'open' } }));
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/conversations`, query: {}, body: { source_id: 'src-by-source', status: 'open', snoozed_until: '2031-01-02T03:04:05.000Z' } },
		]);
		const created = conversations().find((c) => c.contact_id === contact.id)!;
		expect(jsonOf(out)).toEqual([viewOf(created.display_id)]);
	});

	it('refuses incomplete input before any request', async () => {
		await refused(convOp('create', { startWith: 'contact', contactId: rl(1), inboxId: rl('') }), 'Inbox', /required/);
		await refused(convOp('create', { startWith: 'sourceId', sourceId: ' ' }), 'Source ID', /required/);
		// The editor always sends Start With (its default is "contact"); an expression that leaves it empty is refused.
		await refused(convOp('create', { startWith: '', contactId: rl(1), inboxId: rl(1) }), 'Start With', /is required/);
		await refused(
			convOp('create', { startWith: 'contact', contactId: rl(1), inboxId: rl(1), additionalFields: { templateParams: '{"name": "x"}' } }),
			'Additional Fields → First Message',
			/template params/,
		);
		await refused(convOp('create', { startWith: 'contact', contactId: rl(1), inboxId: rl(1), additionalFields: { status: 'closed' } }), 'Additional Fields → Status', /must be one of/);
	});
});

describe('conversation: update', () => {
	it('sets the priority (and the SLA policy)', async () => {
		const conversation = newConversation();
		const out = await run(fake, convOp('update', { conversationId: rl(conversation.display_id), updateFields: { priority: 'high', slaPolicyId: 3 } }));
		expect(sent()).toEqual([{ method: 'PATCH', path: `${A()}/conversations/${conversation.display_id}`, query: {}, body: { priority: 'high', sla_policy_id: 3 } }]);
		expect(conversation.priority).toBe('high');
		expect(jsonOf(out)).toEqual([viewOf(conversation.display_id)]);
	});

	it('"None" clears the priority', async () => {
		const conversation = newConversation({ priority: 'low' });
		await run(fake, convOp('update', { conversationId: rl(conversation.display_id), updateFields: { priority: 'none' } }));
		expect(sent()[0].body).toEqual({ priority: 'none' });
		expect(conversation.priority).toBeNull();
	});

	it('refuses an empty update', async () => {
		await refused(convOp('update', { conversationId: rl(1), updateFields: {} }), 'Update Fields', /at least one/);
		await refused(convOp('update', { conversationId: rl(1), updateFields: { priority: 'asap' } }), 'Update Fields → Priority', /must be one of/);
	});
});

describe('conversation: delete', () => {
	it('deletes the conversation', async () => {
		const conversation = newConversation();
		const out = await run(fake, convOp('delete', { conversationId: rl(conversation.display_id) }));
		expect(sent()).toEqual([{ method: 'DELETE', path: `${A()}/conversations/${conversation.display_id}`, query: {}, body: undefined }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id }]);
		expect(fake.conversation(conversation.display_id)).toBeUndefined();
	});

	it('is refused to an agent (administrators only)', async () => {
		const conversation = newConversation();
		const asAgent = await run(fake, convOp('delete', { conversationId: rl(conversation.display_id) }), { token: fake.tokens.agent }).catch((e: Error) => e);
		expect(asAgent).toBeInstanceOf(NodeApiError);
		expect((asAgent as NodeApiError).message).toBe('You are not authorized to do this action');
		expect(fake.conversation(conversation.display_id)).toBeDefined();
	});
});

describe('conversation: setStatus', () => {
	it('resolves a conversation', async () => {
		const conversation = newConversation();
		const out = await run(fake, convOp('setStatus', { conversationId: rl(conversation.display_id), status: 'resolved' }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/toggle_status`, query: {}, body: { status: 'resolved' } }]);
		expect(conversation.status).toBe('resolved');
		expect(jsonOf(out)).toEqual([{ success: true, conversation_id: conversation.display_id, current_status: 'resolved', snoozed_until: null }]);
	});

	it('snoozes until a time, sent as Unix seconds', async () => {
		const conversation = newConversation();
		const out = await run(fake, convOp('setStatus', { conversationId: rl(conversation.display_id), status: 'snoozed', snoozedUntil: '2031-05-06T07:08:09Z' }));
		const seconds = Date.parse('2031-05-06T07:08:09Z') / 1000;
		expect(sent()[0].body).toEqual({ status: 'snoozed', snoozed_until: seconds });
		expect(conversation.snoozed_until).toBe(seconds);
		expect(jsonOf(out)).toEqual([{ success: true, conversation_id: conversation.display_id, current_status: 'snoozed', snoozed_until: seconds }]);
	});

	it('refuses an unknown status and a bad date', async () => {
		await refused(convOp('setStatus', { conversationId: rl(1), status: 'closed' }), 'Status', /must be one of/);
		await refused(convOp('setStatus', { conversationId: rl(1), status: 'snoozed', snoozedUntil: 'next tuesday-ish' }), 'Snoozed Until', /must be a date/);
	});
});

describe('conversation: togglePriority / toggleTypingStatus / setCustomAttributes', () => {
	it('togglePriority sets the priority', async () => {
		const conversation = newConversation();
		const out = await run(fake, convOp('togglePriority', { conversationId: rl(conversation.display_id), priority: 'urgent' }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/toggle_priority`, query: {}, body: { priority: 'urgent' } }]);
		expect(conversation.priority).toBe('urgent');
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id, priority: 'urgent' }]);
		fake.server.clearLog();
		await refused(convOp('togglePriority', { conversationId: rl(1), priority: 'p1' }), 'Priority', /must be one of/);
	});

	it('toggleTypingStatus turns the indicator on for a private note', async () => {
		const conversation = newConversation();
		const events: string[] = [];
		const stop = fake.state.onEvent((e) => events.push(e.event));
		const out = await run(fake, convOp('toggleTypingStatus', { conversationId: rl(conversation.display_id), typingStatus: 'on', isPrivate: true }));
		stop();
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/toggle_typing_status`, query: {}, body: { typing_status: 'on', is_private: true } },
		]);
		expect(events).toEqual(['conversation_typing_on']);
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id, typingStatus: 'on' }]);
		fake.server.clearLog();
		await refused(convOp('toggleTypingStatus', { conversationId: rl(1), typingStatus: 'maybe' }), 'Typing Status', /must be one of/);
	});

	it('setCustomAttributes replaces the whole set', async () => {
		const conversation = newConversation({ custom_attributes: { old: 'gone' } });
		const out = await run(
			fake,
			convOp('setCustomAttributes', { conversationId: rl(conversation.display_id), customAttributesJson: '{"order_id": "ORD-9", "amount": 12.5}', customAttributes: { pairs: [{ key: 'channel', value: 'n8n' }] } }),
		);
		expect(sent()).toEqual([
			{
				method: 'POST',
				path: `${A()}/conversations/${conversation.display_id}/custom_attributes`,
				query: {},
				body: { custom_attributes: { order_id: 'ORD-9', amount: 12.5, channel: 'n8n' } },
			},
		]);
		expect(conversation.custom_attributes).toEqual({ order_id: 'ORD-9', amount: 12.5, channel: 'n8n' });
		expect(jsonOf(out)).toEqual([viewOf(conversation.display_id)]);
		fake.server.clearLog();
		await refused(convOp('setCustomAttributes', { conversationId: rl(1), customAttributesJson: 'nope' }), 'Custom Attributes (JSON)', /valid JSON/);
	});
});

describe('conversation: mute / unmute / markUnread / updateLastSeen / sendTranscript', () => {
	it('mute and unmute', async () => {
		const conversation = newConversation();
		const muted = await run(fake, convOp('mute', { conversationId: rl(conversation.display_id) }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/mute`, query: {}, body: undefined }]);
		expect(conversation).toMatchObject({ muted: true, status: 'resolved' });
		expect(jsonOf(muted)).toEqual([{ success: true, id: conversation.display_id }]);

		fake.server.clearLog();
		const unmuted = await run(fake, convOp('unmute', { conversationId: rl(conversation.display_id) }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/unmute`, query: {}, body: undefined }]);
		expect(conversation.muted).toBe(false);
		expect(jsonOf(unmuted)).toEqual([{ success: true, id: conversation.display_id }]);
	});

	it('markUnread and updateLastSeen', async () => {
		const conversation = newConversation();
		fake.addMessage(conversation, { content: 'ping', message_type: 'incoming' });
		fake.server.clearLog();
		const read = await run(fake, convOp('updateLastSeen', { conversationId: rl(conversation.display_id) }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/update_last_seen`, query: {}, body: undefined }]);
		expect(conversation.agent_last_seen_at).toBeGreaterThanOrEqual(fake.state.messagesOf(conversation).at(-1)!.created_at);
		expect(jsonOf(read)).toEqual([{ success: true, id: conversation.display_id }]);
		expect(viewOf(conversation.display_id).unread_count).toBe(0);

		fake.server.clearLog();
		const unread = await run(fake, convOp('markUnread', { conversationId: rl(conversation.display_id) }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/unread`, query: {}, body: undefined }]);
		expect(jsonOf(unread)).toEqual([{ success: true, id: conversation.display_id }]);
		expect(viewOf(conversation.display_id).unread_count).toBe(1);
	});

	it('sendTranscript emails the transcript', async () => {
		const conversation = newConversation();
		const out = await run(fake, convOp('sendTranscript', { conversationId: rl(conversation.display_id), email: 'boss@example.org' }));
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/transcript`, query: {}, body: { email: 'boss@example.org' } },
		]);
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id, email: 'boss@example.org' }]);
		expect(fake.state.transcripts.at(-1)).toEqual({ conversationId: conversation.id, email: 'boss@example.org' });
		fake.server.clearLog();
		await refused(convOp('sendTranscript', { conversationId: rl(1), email: 'boss' }), 'Email', /email address/);
	});
});

describe('conversation: getAttachments', () => {
	it('pages through the attachments (100 per page) and honours the limit', async () => {
		const conversation = newConversation();
		fake.addMessage(conversation, { content: 'files', attachments: Array.from({ length: 104 }, (_, k) => ({ filename: `f${k}.png`, content_type: 'image/png', size: k })) });
		fake.server.clearLog();
		const all = jsonOf(await run(fake, convOp('getAttachments', { conversationId: rl(conversation.display_id), returnAll: true })));
		expect(sent()).toEqual([1, 2].map((page) => ({ method: 'GET', path: `${A()}/conversations/${conversation.display_id}/attachments`, query: { page: String(page) }, body: undefined })));
		const expected = fake.state.messagesOf(conversation).flatMap((m) => m.attachments);
		expect(ids(all)).toEqual(expected.map((a) => a.id).sort((a, b) => a - b));
		const byId = new Map(expected.map((a) => [a.id, a]));
		expect(all).toEqual(all.map((a) => attachmentView(fake.state, byId.get(Number(a.id))!)));

		fake.server.clearLog();
		const some = jsonOf(await run(fake, convOp('getAttachments', { conversationId: rl(conversation.display_id), returnAll: false, limit: 100 })));
		expect(sent()).toHaveLength(1);
		expect(some).toEqual(all.slice(0, 100));
	});
});

describe('conversation: getReportingEvents', () => {
	it('lists the reporting events of the conversation', async () => {
		const withEvents = conversations().find((c) => fake.state.reportingEvents.filter((e) => e.conversation_id === c.id).length > 1)!;
		const events = fake.state.reportingEvents.filter((e) => e.conversation_id === withEvents.id);
		const out = jsonOf(await run(fake, convOp('getReportingEvents', { conversationId: rl(withEvents.display_id), returnAll: true })));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/conversations/${withEvents.display_id}/reporting_events`, query: {}, body: undefined }]);
		expect(out).toEqual(events.map(reportingEventView));

		fake.server.clearLog();
		const one = jsonOf(await run(fake, convOp('getReportingEvents', { conversationId: rl(withEvents.display_id), returnAll: false, limit: 1 })));
		expect(one).toEqual(out.slice(0, 1));
	});
});
