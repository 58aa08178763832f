/**
 * Bulk actions on conversations (POST /bulk_actions; the server applies them in a job).
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { jsonOf, useChatwoot } from './harness';

const h = useChatwoot();

const bulkOp = (params: IDataObject = {}): IDataObject => ({ resource: 'bulkAction', operation: 'updateConversations', ...params });

const threeConversations = () => [0, 1, 2].map(() => h.newConversation({ labels: ['vip', 'bug'] }));

describe('bulkAction: updateConversations', () => {
	it('sets status, agent and team, and adds and removes labels', async () => {
		const list = threeConversations();
		const ids = list.map((c) => c.display_id);
		const { bob } = h.fake.seeded!.users;
		const { support } = h.fake.seeded!.teams;
		const out = await h.run(
			bulkOp({
				conversationIds: ids.join(', '),
				updateFields: { status: 'pending', assigneeId: String(bob), teamId: String(support), addLabels: ['billing'], removeLabels: ['bug'] },
			}),
		);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: `${h.A()}/bulk_actions`,
				query: {},
				body: { type: 'Conversation', ids, fields: { status: 'pending', assignee_id: bob, team_id: support }, labels: { add: ['billing'], remove: ['bug'] } },
			},
		]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		for (const c of list) expect(c).toMatchObject({ status: 'pending', assignee_id: bob, team_id: support, labels: ['vip', 'billing'] });
		expect(jsonOf(out)).toEqual([{ success: true, conversationIds: ids }]);
	});

	it('snoozes until a time', async () => {
		const list = threeConversations();
		const ids = list.map((c) => c.display_id);
		await h.run(bulkOp({ conversationIds: ids.map(String), updateFields: { status: 'snoozed', snoozedUntil: '2031-02-03T04:05:06Z' } }));
		expect(h.requests()[0].body).toEqual({ type: 'Conversation', ids, fields: { status: 'snoozed' }, snoozed_until: '2031-02-03T04:05:06.000Z' });
		for (const c of list) expect(c).toMatchObject({ status: 'snoozed', snoozed_until: Date.parse('2031-02-03T04:05:06Z') / 1000 });
	});

	it('only labels', async () => {
		const list = threeConversations();
		await h.run(bulkOp({ conversationIds: String(list[0].display_id), updateFields: { addLabels: ['lead'] } }));
		expect(h.requests()[0].body).toEqual({ type: 'Conversation', ids: [list[0].display_id], labels: { add: ['lead'] } });
		expect(list[0].labels).toEqual(['vip', 'bug', 'lead']);
		expect(list[1].labels).toEqual(['vip', 'bug']);
	});

	it('refuses bad input before any request', async () => {
		await h.refused(bulkOp({ conversationIds: '', updateFields: { status: 'open' } }), 'Conversation IDs', /at least one/);
		await h.refused(bulkOp({ conversationIds: '1, two', updateFields: { status: 'open' } }), 'Conversation IDs', /numeric/);
		await h.refused(bulkOp({ conversationIds: '1', updateFields: {} }), 'Update Fields', /at least one change/);
		await h.refused(bulkOp({ conversationIds: '1', updateFields: { status: 'closed' } }), 'Update Fields → Status', /must be one of/);
		await h.refused(bulkOp({ conversationIds: '1', updateFields: { assigneeId: 'bob' } }), 'Update Fields → Assignee Name or ID', /numeric/);
		await h.refused(bulkOp({ conversationIds: '1', updateFields: { status: 'open', snoozedUntil: '2031-01-01' } }), 'Update Fields → Snoozed Until', /Snoozed/);
	});

	it('reports a refusal of the server as the API error', async () => {
		h.fake.server.inject({ status: 401, body: { error: 'You are not authorized to do this action' } }, { match: { path: /bulk_actions/ } });
		const error = await h.runError(bulkOp({ conversationIds: '1', updateFields: { status: 'open' } }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});
