/**
 * Conversation Insight resource: segments and data keys Crisp suggests on conversations (counted
 * over the seeded conversations), and conversations held as spam (one in the seed).
 */
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'conversationInsight', operation, ...parameters });
const conversations = () => [...h.fake.site().conversations.values()];
const spams = () => h.fake.site().collection('spams');
const spamId = () => [...spams().keys()][0];

/** Values and how many conversations have each, most used first (ties by name), as the fake counts. */
function counted(values: string[][], key: string) {
	const counts = new Map<string, number>();
	for (const list of values) for (const v of list) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value, count]) => ({ [key]: value, count }));
}

describe('conversation insight: suggestions', () => {
	it('getSuggestedSegments: pages through /conversations/suggest/segments/{page}', async () => {
		const items = await run('getSuggestedSegments', { returnAll: true });
		const expected = counted(conversations().map((c) => c.meta.segments), 'segment');
		expect(expected.length).toBeGreaterThan(0);
		expect(h.requests()).toEqual([1, 2].map((n) => ({ method: 'GET', path: `${W()}/conversations/suggest/segments/${n}`, query: {} })));
		expect(jsonOf(items)).toEqual(expected);
	});

	it('deleteSuggestedSegment: DELETE /conversations/suggest/segment {segment}; it is no longer suggested', async () => {
		const [first] = counted(conversations().map((c) => c.meta.segments), 'segment');
		const items = await run('deleteSuggestedSegment', { segment: first.segment });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/conversations/suggest/segment`, query: {}, body: { segment: first.segment } }]);
		expect(jsonOf(items)).toEqual([{ success: true, segment: first.segment }]);
		const left = await run('getSuggestedSegments', { returnAll: true });
		expect(jsonOf(left).map((s) => s.segment)).not.toContain(first.segment);
		await refused(h, { resource: 'conversationInsight', operation: 'deleteSuggestedSegment', segment: ' ' }, 'Segment', /is required/);
	});

	it('getSuggestedDataKeys and deleteSuggestedDataKey: /conversations/suggest/data', async () => {
		const expected = counted(conversations().map((c) => Object.keys(c.meta.data)), 'key');
		expect(expected.length).toBeGreaterThan(0);
		const items = await run('getSuggestedDataKeys', { returnAll: false, limit: 1 });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/conversations/suggest/data/1`, query: {} }]);
		expect(jsonOf(items)).toEqual(expected.slice(0, 1));
		h.fake.clearLog();
		const deleted = await run('deleteSuggestedDataKey', { key: expected[0].key });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/conversations/suggest/data`, query: {}, body: { key: expected[0].key } }]);
		expect(jsonOf(deleted)).toEqual([{ success: true, key: expected[0].key }]);
		expect(h.fake.site().hiddenSuggestions.conversationData.has(String(expected[0].key))).toBe(true);
	});
});

describe('conversation insight: spam', () => {
	it('getSpams: pages through /conversations/spams/{page}, without the content', async () => {
		const items = await run('getSpams', { returnAll: true });
		expect(h.requests()).toEqual([1, 2].map((n) => ({ method: 'GET', path: `${W()}/conversations/spams/${n}`, query: {} })));
		const { content: _content, ...listed } = spams().get(spamId())!;
		expect(jsonOf(items)).toEqual([listed]);
	});

	it('getSpamContent: GET /conversations/spam/{id}/content', async () => {
		const items = await run('getSpamContent', { spamId: spamId() });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/conversations/spam/${spamId()}/content`, query: {} }]);
		expect(jsonOf(items)).toEqual([spams().get(spamId())]);
		expect(jsonOf(items)[0].content).toEqual({ text: 'cheap pills' });
	});

	it('decideSpam: POST /conversations/spam/{id}/decision {action}', async () => {
		const id = spamId();
		const items = await run('decideSpam', { spamId: id, decision: 'reject' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/conversations/spam/${id}/decision`, query: {}, body: { action: 'reject' } }]);
		expect(jsonOf(items)).toEqual([{ success: true, spam_id: id, action: 'reject' }]);
		expect(spams().size).toBe(0);
		await apiError(h, { resource: 'conversationInsight', operation: 'decideSpam', spamId: id, decision: 'accept' }, 404, 'not_found');
	});

	it('decideSpam: refuses a decision that is not reject or accept, and a spam ID of ".."', async () => {
		await refused(h, { resource: 'conversationInsight', operation: 'decideSpam', spamId: spamId(), decision: 'delete' }, 'Decision', /reject, accept/);
		await refused(h, { resource: 'conversationInsight', operation: 'getSpamContent', spamId: '..' }, 'Spam ID', /another endpoint/);
	});
});
