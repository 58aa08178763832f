/**
 * Conversation Spam and Conversation Suggestion resources against the fake Crisp: exact requests,
 * items out, the fake's state after a decision or a removed suggestion.
 */
import type { IDataObject } from 'n8n-workflow';
import { apiError, refused } from './checks';
import { jsonOf, useCrisp } from './harness';

const h = useCrisp(true);

const W = () => `/v1/website/${h.fake.websiteId}`;
const json = <T>(value: T): IDataObject => JSON.parse(JSON.stringify(value)) as IDataObject;
const spams = () => [...h.fake.site().collection('spams').values()];

describe('conversation spam', () => {
	it('lists the spam conversations without their content', async () => {
		const out = jsonOf(await h.run({ resource: 'conversationSpam', operation: 'getAll', returnAll: true }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/conversations/spams/1`, query: {} },
			{ method: 'GET', path: `${W()}/conversations/spams/2`, query: {} },
		]);
		expect(out).toEqual(spams().map(({ content: _content, ...rest }) => json(rest)));
		expect(out).toHaveLength(1);
	});

	it('gets the content of one, then rejects it', async () => {
		const [spam] = spams();
		const id = String(spam.spam_id);
		expect(jsonOf(await h.run({ resource: 'conversationSpam', operation: 'getContent', spamId: id }))).toEqual([json(spam)]);
		expect(jsonOf(await h.run({ resource: 'conversationSpam', operation: 'decide', spamId: id, action: 'reject' }))).toEqual([{ success: true, spam_id: id, action: 'reject' }]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/conversations/spam/${id}/content`, query: {} },
			{ method: 'POST', path: `${W()}/conversations/spam/${id}/decision`, query: {}, body: { action: 'reject' } },
		]);
		expect(spams()).toEqual([]);
	});

	it('refuses an unknown decision, and answers not_found for an unknown spam', async () => {
		await refused(h, { resource: 'conversationSpam', operation: 'decide', spamId: 'x', action: 'maybe' }, 'Decision', /accept, reject/);
		await apiError(h, { resource: 'conversationSpam', operation: 'getContent', spamId: '6f1c3d3e-0000-4000-8000-000000000000' }, 404, 'not_found');
	});
});

describe('conversation suggestions', () => {
	/** Segments (or data keys) in use on the website's conversations, with their counts, most used first. */
	const inUse = (pick: (meta: { segments: string[]; data: Record<string, unknown> }) => string[], key: string) => {
		const counts = new Map<string, number>();
		for (const c of h.fake.site().conversations.values()) for (const v of pick(c.meta)) counts.set(v, (counts.get(v) ?? 0) + 1);
		return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value, count]) => ({ [key]: value, count }));
	};

	it('lists the suggested segments and data keys, and stops at the limit', async () => {
		const segments = jsonOf(await h.run({ resource: 'conversationSuggestion', operation: 'getSegments', returnAll: true }));
		expect(segments).toEqual(inUse((m) => m.segments, 'segment'));
		const keys = jsonOf(await h.run({ resource: 'conversationSuggestion', operation: 'getDataKeys', returnAll: false, limit: 1 }));
		expect(keys).toEqual(inUse((m) => Object.keys(m.data), 'key').slice(0, 1));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/conversations/suggest/segments/1`, query: {} },
			{ method: 'GET', path: `${W()}/conversations/suggest/segments/2`, query: {} },
			{ method: 'GET', path: `${W()}/conversations/suggest/data/1`, query: {} },
		]);
	});

	it('removes a suggested segment and a suggested data key', async () => {
		expect(jsonOf(await h.run({ resource: 'conversationSuggestion', operation: 'deleteSegment', segment: 'vip' }))).toEqual([{ success: true, segment: 'vip' }]);
		expect(jsonOf(await h.run({ resource: 'conversationSuggestion', operation: 'deleteDataKey', key: 'cart' }))).toEqual([{ success: true, key: 'cart' }]);
		expect(h.requests()).toEqual([
			{ method: 'DELETE', path: `${W()}/conversations/suggest/segment`, query: {}, body: { segment: 'vip' } },
			{ method: 'DELETE', path: `${W()}/conversations/suggest/data`, query: {}, body: { key: 'cart' } },
		]);
		const segments = jsonOf(await h.run({ resource: 'conversationSuggestion', operation: 'getSegments', returnAll: true }));
		expect(segments.map((s) => s.segment)).not.toContain('vip');
		await refused(h, { resource: 'conversationSuggestion', operation: 'deleteSegment', segment: ' ' }, 'Segment', /is required/);
	});
});
