/**
 * The Chatwoot Captain node: AI tasks on conversations, and the Enterprise assistants with their
 * inboxes, scenarios, FAQs and documents. The fake serves Captain as its controllers and views do;
 * the AI answers and the stats figures are the fake's own (inferred), so the tests compare items
 * with what the fake sent or holds, not with fixed texts.
 */
import { NodeApiError } from 'n8n-workflow';
import type { INodeListSearchResult } from 'n8n-workflow';
import { chatwoot } from '@leadchat/testkit';
import { ChatwootCaptain } from '../nodes/ChatwootCaptain/ChatwootCaptain.node';
import { byId, jsonOf, useChatwoot } from './harness';

const h = useChatwoot({ each: true, node: new ChatwootCaptain() });
const A = () => h.A();
const cap = (): chatwoot.CaptainState => chatwoot.captainStateOf(h.fake.state);

function addAssistant(name = 'Support bot') {
	const c = cap();
	const a = { id: c.nextId++, account_id: h.fake.accountId, name, description: 'Answers billing questions', config: { product_name: 'Acme', temperature: 0.5 }, response_guidelines: ['Be brief'], guardrails: [], created_at: 1_767_225_600 + c.nextId, updated_at: 1_767_225_600 };
	c.assistants.push(a);
	return a;
}

function addFaqs(assistantId: number, count: number) {
	const c = cap();
	return Array.from({ length: count }, (_, i) => {
		const f = { id: c.nextId++, account_id: h.fake.accountId, assistant_id: assistantId, question: `Question ${i}`, answer: `Answer ${i}`, status: (i % 2 ? 'pending' : 'approved') as 'pending' | 'approved', documentable: { type: 'User' as const, id: h.fake.seeded!.users.alice }, created_at: 1_767_225_600 + i, updated_at: 1_767_225_600 + i };
		c.faqs.push(f);
		return f;
	});
}

const conversation = () => h.fake.state.conversationsOf(h.fake.accountId)[0];

describe('captainTask', () => {
	it('summarize: the conversation display id in the body; the item is Captain\'s answer', async () => {
		const c = conversation();
		const items = await h.run({ resource: 'captainTask', operation: 'summarize', conversationId: String(c.display_id) });
		expect(h.only()).toEqual({ method: 'POST', path: `${A()}/captain/tasks/summarize`, query: {}, body: { conversation_display_id: c.display_id } });
		const messages = h.fake.state.messages.filter((m) => m.conversation_id === c.id).length;
		expect(jsonOf(items)).toEqual([{ message: `Conversation #${c.display_id}: ${messages} messages, status ${c.status}.` }]);
	});

	it.each([
		['replySuggestion', 'reply_suggestion'],
		['labelSuggestion', 'label_suggestion'],
	])('%s: POST /captain/tasks/%s', async (operation, task) => {
		const c = conversation();
		const items = await h.run({ resource: 'captainTask', operation, conversationId: { __rl: true, mode: 'list', value: String(c.display_id) } });
		expect(h.only()).toEqual({ method: 'POST', path: `${A()}/captain/tasks/${task}`, query: {}, body: { conversation_display_id: c.display_id } });
		expect(Object.keys(items[0].json)).toEqual(['message']);
		expect(cap().tasks).toEqual([{ task, body: { conversation_display_id: c.display_id } }]);
	});

	it('rewrite: content and the tone as `operation`; the follow-up context comes back and Follow Up sends it', async () => {
		const rewritten = await h.run({ resource: 'captainTask', operation: 'rewrite', content: 'pls wait', tone: 'professional' });
		expect(h.only()).toEqual({ method: 'POST', path: `${A()}/captain/tasks/rewrite`, query: {}, body: { content: 'pls wait', operation: 'professional' } });
		expect(rewritten[0].json).toEqual({ message: '[professional] pls wait', follow_up_context: { operation: 'professional', original: 'pls wait' } });
		h.fake.clearLog();
		const c = conversation();
		const items = await h.run({ resource: 'captainTask', operation: 'followUp', conversationId: String(c.display_id), message: 'shorter', followUpContext: JSON.stringify(rewritten[0].json.follow_up_context) });
		expect(h.only().body).toEqual({ conversation_display_id: c.display_id, message: 'shorter', follow_up_context: { operation: 'professional', original: 'pls wait' } });
		expect(items[0].json).toEqual({ message: 'pls wait (shorter)', follow_up_context: { operation: 'professional', original: 'pls wait', last: 'shorter' } });
	});

	it('refuses: Improve without a conversation, a follow-up context that is not an object, a non-numeric conversation', async () => {
		await h.refused({ resource: 'captainTask', operation: 'rewrite', content: 'x', tone: 'improve' }, 'Options → Conversation');
		await h.refused({ resource: 'captainTask', operation: 'followUp', conversationId: '1', message: 'x', followUpContext: '[1]' }, 'Follow-Up Context');
		await h.refused({ resource: 'captainTask', operation: 'summarize', conversationId: 'abc' }, 'Conversation');
	});

	it('API error: an unknown conversation', async () => {
		await h.apiError({ resource: 'captainTask', operation: 'summarize', conversationId: '99999' }, 404, 'Resource could not be found');
	});
});

describe('captainAssistant', () => {
	it('create: name, description, config keys given, guidelines', async () => {
		const items = await h.run({
			resource: 'captainAssistant',
			operation: 'create',
			name: 'Helper',
			description: 'Front desk',
			additionalFields: { productName: 'Acme', temperature: 0.2, featureFaq: true, responseGuidelines: 'Be brief, Be kind' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${A()}/captain/assistants`,
			query: {},
			body: { assistant: { name: 'Helper', description: 'Front desk', config: { product_name: 'Acme', temperature: 0.2, feature_faq: true }, response_guidelines: ['Be brief', 'Be kind'] } },
		});
		const [a] = cap().assistants;
		expect(items[0].json).toEqual({ account_id: h.fake.accountId, config: { product_name: 'Acme', temperature: 0.2, feature_faq: true }, created_at: a.created_at, description: 'Front desk', guardrails: [], id: a.id, name: 'Helper', response_guidelines: ['Be brief', 'Be kind'], updated_at: a.updated_at });
	});

	it('get, getAll (whole list, Limit), delete (204 → success)', async () => {
		const a = addAssistant('One');
		const b = addAssistant('Two');
		expect(jsonOf(await h.run({ resource: 'captainAssistant', operation: 'get', assistantId: String(a.id) }))[0]).toMatchObject({ id: a.id, name: 'One' });
		expect(h.only()).toEqual({ method: 'GET', path: `${A()}/captain/assistants/${a.id}`, query: {} });
		h.fake.clearLog();
		const all = await h.run({ resource: 'captainAssistant', operation: 'getAll', returnAll: false, limit: 1 });
		expect(h.only()).toEqual({ method: 'GET', path: `${A()}/captain/assistants`, query: {} });
		expect(all.map((i) => i.json.id)).toEqual([b.id]);
		h.fake.clearLog();
		expect(jsonOf(await h.run({ resource: 'captainAssistant', operation: 'delete', assistantId: String(a.id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${A()}/captain/assistants/${a.id}`, query: {} });
		expect(cap().assistants.map((x) => x.id)).toEqual([b.id]);
	});

	it('update: reads the assistant and keeps the config keys not given', async () => {
		const a = addAssistant();
		const items = await h.run({ resource: 'captainAssistant', operation: 'update', assistantId: String(a.id), updateFields: { name: 'Renamed', welcomeMessage: 'Hi!' } });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${A()}/captain/assistants/${a.id}`, query: {} },
			{ method: 'PATCH', path: `${A()}/captain/assistants/${a.id}`, query: {}, body: { assistant: { name: 'Renamed', config: { product_name: 'Acme', temperature: 0.5, welcome_message: 'Hi!' } } } },
		]);
		expect(items[0].json).toMatchObject({ name: 'Renamed', config: { product_name: 'Acme', temperature: 0.5, welcome_message: 'Hi!' }, response_guidelines: ['Be brief'] });
	});

	it('update without config keys: one PATCH; an empty update is refused', async () => {
		const a = addAssistant();
		await h.run({ resource: 'captainAssistant', operation: 'update', assistantId: String(a.id), updateFields: { guardrails: 'refunds' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${A()}/captain/assistants/${a.id}`, query: {}, body: { assistant: { guardrails: ['refunds'] } } });
		h.fake.clearLog();
		await h.refused({ resource: 'captainAssistant', operation: 'update', assistantId: String(a.id), updateFields: {} }, 'Update Fields');
	});

	it('getStats and getSummary: range and timezone offset', async () => {
		const a = addAssistant();
		const stats = await h.run({ resource: 'captainAssistant', operation: 'getStats', assistantId: String(a.id), options: { range: '30', timezoneOffset: -3 } });
		expect(h.only()).toEqual({ method: 'GET', path: `${A()}/captain/assistants/${a.id}/stats`, query: { range: '30', timezone_offset: '-3' } });
		expect(Object.keys(stats[0].json)).toEqual(['conversations_handled', 'auto_resolution_rate', 'handoff_rate', 'hours_saved', 'reopen_rate', 'conversation_depth', 'knowledge']);
		h.fake.clearLog();
		const summary = await h.run({ resource: 'captainAssistant', operation: 'getSummary', assistantId: String(a.id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${A()}/captain/assistants/${a.id}/summary`, query: {} });
		expect(summary[0].json).toEqual({ message: `${a.name} handled your conversations this period.` });
	});

	it('getDrilldown: the conversations of the connected inboxes, pages of 100', async () => {
		const a = addAssistant();
		const inbox = h.fake.seeded!.inboxes.api;
		cap().inboxes.set(a.id, [inbox]);
		const items = await h.run({ resource: 'captainAssistant', operation: 'getDrilldown', assistantId: String(a.id), metric: 'conversations_handled', returnAll: true, options: { range: '7' } });
		expect(h.only()).toEqual({ method: 'GET', path: `${A()}/captain/assistants/${a.id}/drilldown`, query: { metric: 'conversations_handled', range: '7', per_page: '100', page: '1' } });
		const expected = h.fake.state.conversationsOf(h.fake.accountId).filter((c) => c.inbox_id === inbox).sort((x, y) => y.created_at - x.created_at || y.id - x.id);
		expect(items.map((i) => (i.json.conversation as { id: number }).id)).toEqual(expected.map((c) => c.display_id));
	});

	it('the Assistant locator lists the assistants', async () => {
		const a = addAssistant('Alpha');
		addAssistant('Beta');
		const page = (await h.listSearch('searchCaptainAssistants', 'alp')) as INodeListSearchResult;
		expect(page.results).toEqual([{ name: 'Alpha', value: String(a.id) }]);
	});

	it('refuses a name left blank before any request; API errors: an agent may not create, an unknown assistant', async () => {
		await h.refused({ resource: 'captainAssistant', operation: 'create', name: ' ', description: 'x' }, 'Name');
		await h.apiError({ resource: 'captainAssistant', operation: 'create', name: 'x', description: 'y' }, 401, 'You are not authorized to do this action', h.withToken(h.fake.tokens.agent));
		await h.apiError({ resource: 'captainAssistant', operation: 'get', assistantId: '4242' }, 404, 'Resource could not be found');
	});
});

describe('captainAssistantInbox', () => {
	it('connect, getAll, disconnect', async () => {
		const a = addAssistant();
		const inbox = h.fake.seeded!.inboxes.api;
		const connected = await h.run({ resource: 'captainAssistantInbox', operation: 'connect', assistantId: String(a.id), inboxId: String(inbox) });
		expect(h.only()).toEqual({ method: 'POST', path: `${A()}/captain/assistants/${a.id}/inboxes`, query: {}, body: { inbox: { inbox_id: inbox } } });
		expect(connected[0].json).toMatchObject({ id: inbox });
		h.fake.clearLog();
		const list = await h.run({ resource: 'captainAssistantInbox', operation: 'getAll', assistantId: String(a.id), returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${A()}/captain/assistants/${a.id}/inboxes`, query: {} });
		expect(list.map((i) => i.json.id)).toEqual([inbox]);
		h.fake.clearLog();
		expect(jsonOf(await h.run({ resource: 'captainAssistantInbox', operation: 'disconnect', assistantId: String(a.id), inboxId: String(inbox) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${A()}/captain/assistants/${a.id}/inboxes/${inbox}`, query: {} });
		expect(cap().inboxes.get(a.id)).toEqual([]);
	});

	it('API error: an inbox already has an assistant', async () => {
		const a = addAssistant('A');
		const b = addAssistant('B');
		const inbox = h.fake.seeded!.inboxes.api;
		cap().inboxes.set(a.id, [inbox]);
		await h.apiError({ resource: 'captainAssistantInbox', operation: 'connect', assistantId: String(b.id), inboxId: String(inbox) }, 422, 'Inbox has already been taken');
	});
});

describe('captainScenario', () => {
	it('create, get, update, getAll (enabled only), delete', async () => {
		const a = addAssistant();
		const base = `${A()}/captain/assistants/${a.id}/scenarios`;
		const created = await h.run({ resource: 'captainScenario', operation: 'create', assistantId: String(a.id), title: 'Refunds', description: 'Refund asks', instruction: 'Check the order', additionalFields: { tools: 'lookup_order' } });
		expect(h.only()).toEqual({ method: 'POST', path: base, query: {}, body: { scenario: { title: 'Refunds', description: 'Refund asks', instruction: 'Check the order', tools: ['lookup_order'] } } });
		const id = created[0].json.id as number;
		expect(created[0].json).toMatchObject({ title: 'Refunds', enabled: true, tools: ['lookup_order'], assistant: { id: a.id, name: a.name } });
		h.fake.clearLog();
		await h.run({ resource: 'captainScenario', operation: 'get', assistantId: String(a.id), scenarioId: String(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${base}/${id}`, query: {} });
		h.fake.clearLog();
		const updated = await h.run({ resource: 'captainScenario', operation: 'update', assistantId: String(a.id), scenarioId: String(id), updateFields: { enabled: false } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${base}/${id}`, query: {}, body: { scenario: { enabled: false } } });
		expect(updated[0].json.enabled).toBe(false);
		h.fake.clearLog();
		expect(await h.run({ resource: 'captainScenario', operation: 'getAll', assistantId: String(a.id), returnAll: true })).toEqual([]);
		h.fake.clearLog();
		await h.run({ resource: 'captainScenario', operation: 'delete', assistantId: String(a.id), scenarioId: String(id) });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${base}/${id}`, query: {} });
		expect(cap().scenarios).toEqual([]);
	});

	it('the Scenario locator lists the scenarios of the assistant chosen', async () => {
		const a = addAssistant();
		const c = cap();
		c.scenarios.push({ id: 77, account_id: h.fake.accountId, assistant_id: a.id, title: 'Shipping', description: 'd', instruction: 'i', tools: [], enabled: true, created_at: 1, updated_at: 1 });
		const page = (await h.listSearch('searchCaptainScenarios', undefined, undefined, { resource: 'captainScenario', operation: 'get', assistantId: byId(String(a.id)) })) as INodeListSearchResult;
		expect(page.results).toEqual([{ name: 'Shipping', value: '77' }]);
	});

	it('API error: a blank instruction is refused by Chatwoot', async () => {
		const a = addAssistant();
		const s = { id: 78, account_id: h.fake.accountId, assistant_id: a.id, title: 't', description: 'd', instruction: 'i', tools: [], enabled: true, created_at: 1, updated_at: 1 };
		cap().scenarios.push(s);
		await h.refused({ resource: 'captainScenario', operation: 'create', assistantId: String(a.id), title: 't', description: 'd', instruction: '' }, 'Instruction');
		await h.apiError({ resource: 'captainScenario', operation: 'get', assistantId: String(a.id), scenarioId: '999' }, 404, 'Resource could not be found');
	});
});

describe('captainFaq', () => {
	it('getAll: 25 a page, newest first, every page; filters as Chatwoot reads them', async () => {
		const a = addAssistant();
		const faqs = addFaqs(a.id, 27);
		const items = await h.run({ resource: 'captainFaq', operation: 'getAll', returnAll: true, filters: { assistantId: String(a.id) } });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${A()}/captain/assistant_responses`, query: { assistant_id: String(a.id), page: '1' } },
			{ method: 'GET', path: `${A()}/captain/assistant_responses`, query: { assistant_id: String(a.id), page: '2' } },
		]);
		expect(items.map((i) => i.json.id)).toEqual([...faqs].reverse().map((f) => f.id));
		h.fake.clearLog();
		const pending = await h.run({ resource: 'captainFaq', operation: 'getAll', returnAll: true, filters: { status: 'pending', search: 'question 1' } });
		expect(h.only().query).toEqual({ status: 'pending', search: 'question 1', page: '1' });
		expect(pending.map((i) => i.json.id)).toEqual(faqs.filter((f) => f.status === 'pending' && f.question.toLowerCase().includes('question 1')).reverse().map((f) => f.id));
	});

	it('create, update (approve), get, delete', async () => {
		const a = addAssistant();
		const created = await h.run({ resource: 'captainFaq', operation: 'create', assistantId: String(a.id), question: 'Hours?', answer: '9 to 5', additionalFields: { status: 'pending' } });
		expect(h.only()).toEqual({ method: 'POST', path: `${A()}/captain/assistant_responses`, query: {}, body: { assistant_response: { question: 'Hours?', answer: '9 to 5', assistant_id: a.id, status: 'pending' } } });
		const me = h.fake.state.users.find((u) => u.access_token === h.fake.tokens.user)!;
		expect(created[0].json).toMatchObject({ question: 'Hours?', status: 'pending', assistant: { id: a.id }, documentable: { type: 'User', id: me.id } });
		const id = created[0].json.id as number;
		h.fake.clearLog();
		await h.run({ resource: 'captainFaq', operation: 'update', faqId: String(id), updateFields: { status: 'approved' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${A()}/captain/assistant_responses/${id}`, query: {}, body: { assistant_response: { status: 'approved' } } });
		h.fake.clearLog();
		expect((await h.run({ resource: 'captainFaq', operation: 'get', faqId: String(id) }))[0].json.status).toBe('approved');
		h.fake.clearLog();
		await h.run({ resource: 'captainFaq', operation: 'delete', faqId: String(id) });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${A()}/captain/assistant_responses/${id}`, query: {} });
		expect(cap().faqs).toEqual([]);
	});

	it('the FAQ locator pages through the FAQs and searches on the server', async () => {
		const a = addAssistant();
		const faqs = addFaqs(a.id, 3);
		const page = (await h.listSearch('searchCaptainFaqs', 'question 2')) as INodeListSearchResult;
		expect(h.only().query).toEqual({ search: 'question 2', page: '1' });
		expect(page.results).toEqual([{ name: 'Question 2', value: String(faqs[2].id) }]);
	});

	it('API error: an assistant that does not exist', async () => {
		await h.apiError({ resource: 'captainFaq', operation: 'create', assistantId: '999', question: 'q', answer: 'a' }, 422, 'Assistant must exist');
	});
});

describe('captainDocument', () => {
	it('create (a web page), getAll with filters, get, sync, delete', async () => {
		const a = addAssistant();
		const created = await h.run({ resource: 'captainDocument', operation: 'create', assistantId: String(a.id), externalLink: 'https://example.com/help', additionalFields: { name: 'Help' } });
		expect(h.only()).toEqual({ method: 'POST', path: `${A()}/captain/documents`, query: {}, body: { document: { external_link: 'https://example.com/help', name: 'Help', assistant_id: a.id } } });
		const id = created[0].json.id as number;
		expect(created[0].json).toMatchObject({ name: 'Help', external_link: 'https://example.com/help', status: 'in_progress', assistant: { id: a.id } });
		h.fake.clearLog();
		const list = await h.run({ resource: 'captainDocument', operation: 'getAll', returnAll: true, filters: { assistantId: String(a.id), source: 'web', search: 'help', sort: 'recently_created' } });
		expect(h.only().query).toEqual({ assistant_id: String(a.id), source: 'web', search_key: 'help', sort: 'recently_created', page: '1' });
		expect(list.map((i) => i.json.id)).toEqual([id]);
		h.fake.clearLog();
		await h.run({ resource: 'captainDocument', operation: 'get', documentId: String(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${A()}/captain/documents/${id}`, query: {} });
		h.fake.clearLog();
		cap().documents[0].status = 'available';
		const synced = await h.run({ resource: 'captainDocument', operation: 'sync', documentId: String(id) });
		expect(h.only()).toEqual({ method: 'POST', path: `${A()}/captain/documents/${id}/sync`, query: {} });
		expect(synced[0].json).toEqual({ id, sync_status: 'syncing' });
		expect(cap().documents[0].sync_status).toBe('syncing');
		h.fake.clearLog();
		await h.run({ resource: 'captainDocument', operation: 'delete', documentId: String(id) });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${A()}/captain/documents/${id}`, query: {} });
		expect(cap().documents).toEqual([]);
	});

	it('refuses a URL that is not http(s); API error: sync of a document still being read', async () => {
		const a = addAssistant();
		await h.refused({ resource: 'captainDocument', operation: 'create', assistantId: String(a.id), externalLink: 'ftp://x' }, 'URL');
		await h.run({ resource: 'captainDocument', operation: 'create', assistantId: String(a.id), externalLink: 'https://example.com' });
		await h.apiError({ resource: 'captainDocument', operation: 'sync', documentId: String(cap().documents[0].id) }, 422, 'Sync is only available for documents that are available');
	});

	it('the Document locator lists the documents', async () => {
		const a = addAssistant();
		await h.run({ resource: 'captainDocument', operation: 'create', assistantId: String(a.id), externalLink: 'https://example.com/a' });
		h.fake.clearLog();
		const page = (await h.listSearch('searchCaptainDocuments')) as INodeListSearchResult;
		expect(page.results).toEqual([{ name: 'https://example.com/a', value: String(cap().documents[0].id) }]);
	});
});

it('an agent may read assistants but not delete one', async () => {
	const a = addAssistant();
	const items = await h.run({ resource: 'captainAssistant', operation: 'getAll', returnAll: true }, h.withToken(h.fake.tokens.agent));
	expect(items.map((i) => i.json.id)).toEqual([a.id]);
	const error = await h.runError({ resource: 'captainAssistant', operation: 'delete', assistantId: String(a.id) }, h.withToken(h.fake.tokens.agent));
	expect(error).toBeInstanceOf(NodeApiError);
});

describe('the Chatwoot Captain node', () => {
	const d = new ChatwootCaptain().description;
	const values = (d.properties.find((p) => p.name === 'resource')!.options as Array<{ value: string }>).map((o) => o.value);

	it('its own node: the Chatwoot API credential, usable as a tool, the Chatwoot icons, its six resources', () => {
		expect({ name: d.name, displayName: d.displayName, usableAsTool: d.usableAsTool, icon: d.icon, credentials: d.credentials }).toEqual({
			name: 'chatwootCaptain',
			displayName: 'Chatwoot Captain',
			usableAsTool: true,
			icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
			credentials: [{ name: 'leadchatChatwootApi', required: true }],
		});
		expect(values).toEqual(['captainTask', 'captainAssistant', 'captainAssistantInbox', 'captainScenario', 'captainFaq', 'captainDocument']);
	});

	it('the Account locator stands right after the Operation, for every resource', () => {
		const names = d.properties.map((p) => p.name);
		expect(names.indexOf('accountId')).toBe(names.lastIndexOf('operation') + 1);
		const hidden = (d.properties.find((p) => p.name === 'accountId')!.displayOptions?.hide?.resource ?? []) as string[];
		expect(values.filter((v) => hidden.includes(v))).toEqual([]);
	});

	it('every Enterprise operation says so; the AI tasks (served by the Community Edition too) do not', () => {
		const ops = d.properties.filter((p) => p.name === 'operation');
		for (const op of ops) {
			const resource = op.displayOptions!.show!.resource![0] as string;
			for (const o of op.options as Array<{ value: string; description: string }>) {
				expect({ resource, op: o.value, ee: o.description.includes('Needs Chatwoot Enterprise or Cloud') }).toEqual({ resource, op: o.value, ee: resource !== 'captainTask' });
			}
		}
	});
});
