/**
 * Every example workflow (examples/<name>/workflow.json) that starts with a Manual Trigger runs to
 * success in real n8n (`n8n execute`), imported exactly as it is (credentials by their fixed
 * ids), against freshly seeded fakes; afterwards the fakes hold what the example's README says it
 * does. Examples started by a Chatwoot, Cliengo or Chaport trigger are checked for import and node
 * types here; their triggers are exercised live by webhook-trigger.e2e.ts, polling-trigger.e2e.ts
 * and chaport-triggers.e2e.ts.
 */
import { FAKE_PLATFORMS, type CliengoFake, type CrispFake, type FakePlatformName } from '@leadchat/testkit';

import {
	createN8nHome,
	executeWorkflow,
	findFreePortRange,
	importCredentials,
	importWorkflow,
	installOurPackages,
	listNodeTypes,
	loadExamples,
	runErrors,
	startFakes,
	startNodes,
	startsWithManualTrigger,
	type Example,
	type N8nHome,
	type RunningFakes,
} from '../src';
import { nodesThatRan, triggerOutput } from './helpers';

const examples = loadExamples();
const manualExamples = examples.filter((e) => startsWithManualTrigger(e.workflow));

interface Before {
	cliengoLeads: Array<ReturnType<CliengoFake['allContacts']>[number]>;
	chatwootContactIds: Set<number>;
	chatwootConversationIds: Set<number>;
	chatwootMessageIds: Set<number>;
	/** The first Crisp website's conversations, with their messages. */
	crispConversations: Array<ReturnType<CrispFake['conversation']> & {}>;
	crispMessages: Map<string, number>;
	startedAt: string;
}

interface Ctx {
	fakes: RunningFakes;
	before: Before;
	run: { ok: boolean; data: any; raw: string };
	example: Example;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function snapshot(fakes: RunningFakes): Before {
	const cw = fakes.chatwoot.state;
	return {
		cliengoLeads: clone(fakes.cliengo.allContacts()),
		chatwootContactIds: new Set(cw.contacts.map((c) => c.id)),
		chatwootConversationIds: new Set(cw.conversations.map((c) => c.id)),
		chatwootMessageIds: new Set(cw.messages.map((m) => m.id)),
		crispConversations: clone([...fakes.crisp.site().conversations.values()]),
		crispMessages: new Map([...fakes.crisp.site().conversations.keys()].map((id) => [id, fakes.crisp.messages(id).length])),
		startedAt: new Date().toISOString(),
	};
}

const fullName = (lead: { name: string | null; lastName: string | null }) => [lead.name, lead.lastName].filter(Boolean).join(' ');

/**
 * What each example leaves on the fakes (from its README). An example without an entry here is
 * held to the generic checks only (success, every node ran, our nodes reached the fakes without
 * a spec violation).
 */
const EXPECTATIONS: Record<string, (ctx: Ctx) => void> = {
	// README: the 5 newest Cliengo leads become Chatwoot contacts (created on a fresh seed, ids from
	// 44, email, E.164 phone, full name), each gets an open conversation (#61-#65) in inbox 2 "API
	// Inbox" for team 1 "sales", with one private note "New lead from Cliengo … Cliengo lead ID: …".
	// Cliengo is unchanged.
	'cliengo-lead-to-chatwoot': ({ fakes, before, run }) => {
		const leads = before.cliengoLeads.slice(0, 5);
		expect(triggerOutput(run.data, 'Get newest leads').map((l) => l.id)).toEqual(leads.map((l) => l.id));
		expect(triggerOutput(run.data, 'Create or update contact').map((c) => c.upsertAction)).toEqual(leads.map(() => 'created'));
		expect(fakes.cliengo.allContacts()).toEqual(before.cliengoLeads);

		const cw = fakes.chatwoot.state;
		const newContacts = cw.contacts.filter((c) => !before.chatwootContactIds.has(c.id));
		expect(newContacts).toHaveLength(5);
		expect(Math.min(...newContacts.map((c) => c.id))).toBe(44);
		const newConversations = cw.conversations.filter((c) => !before.chatwootConversationIds.has(c.id));
		expect(newConversations.map((c) => c.display_id).sort((a, b) => a - b)).toEqual([61, 62, 63, 64, 65]);
		for (const lead of leads) {
			const contact = newContacts.find((c) => c.email === lead.email);
			expect({ lead: lead.id, contact: contact && { name: contact.name, phone: contact.phone_number } }).toEqual({
				lead: lead.id,
				contact: { name: fullName(lead), phone: lead.phone ? `+${lead.phone.replace(/\D/g, '')}` : null },
			});
			expect(contact!.additional_attributes).toMatchObject({ description: `Cliengo lead ${lead.id} from ${lead.websiteName}` });
			const conversation = newConversations.find((c) => c.contact_id === contact!.id);
			expect(conversation).toMatchObject({ inbox_id: 2, team_id: 1, status: 'open' });
			const notes = cw.messages.filter((m) => m.conversation_id === conversation!.id && !before.chatwootMessageIds.has(m.id));
			expect(notes).toHaveLength(1);
			expect(notes[0].private).toBe(true);
			expect(notes[0].content).toMatch(/^New lead from Cliengo\n/);
			for (const part of [`Site: ${lead.websiteName}`, `Status: ${lead.status}`, 'Message: ', `Cliengo lead ID: ${lead.id}`]) expect(notes[0].content).toContain(part);
		}
	},

	// README: the 3 open Crisp conversations (not resolved, with messages) whose visitor gave an
	// email, most recent activity first (Grace Novak, Diego Silva, Ana Kowalski on the seed): each
	// visitor becomes a new Chatwoot contact (email and name from the Crisp metas, description
	// "Crisp visitor, conversation <session_id>"), and each of those conversations gets one private
	// note from an operator, "Chatwoot contact #<id> created for <email> (n8n)". No other Crisp
	// conversation gets a message.
	'crisp-visitor-to-chatwoot': ({ fakes, before, run }) => {
		const candidates = before.crispConversations
			.filter((c) => c.meta.email !== '' && c.state !== 'resolved' && (before.crispMessages.get(c.session_id) ?? 0) > 0)
			.sort((a, b) => b.updated_at - a.updated_at);
		const chosen = candidates.slice(0, 3);
		expect(chosen.map((c) => c.meta.nickname)).toEqual(['Grace Novak', 'Diego Silva', 'Ana Kowalski']);
		expect(triggerOutput(run.data, 'Get open chats with an email').map((c) => c.session_id)).toEqual(chosen.map((c) => c.session_id));

		// One list request with the documented filters (Crisp's largest page, 50: a limit of 3 reads one page), then one note per conversation.
		const lists = fakes.crisp.requestsFor('listConversations');
		expect(lists.map((r) => ({ path: r.path, query: r.query }))).toEqual([
			{
				path: `/v1/website/${fakes.crisp.websiteId}/conversations/1`,
				query: {
					per_page: '50',
					search_type: 'filter',
					search_query: JSON.stringify([{ model: 'session', criterion: 'email', operator: 'neq', query: [''] }]),
					search_operator: 'and',
					filter_not_resolved: '1',
					order_date_updated: '1',
				},
			},
		]);
		expect(fakes.crisp.requestsFor('sendMessageInConversation').map((r) => r.path)).toEqual(chosen.map((c) => `/v1/website/${fakes.crisp.websiteId}/conversation/${c.session_id}/message`));

		const cw = fakes.chatwoot.state;
		const newContacts = cw.contacts.filter((c) => !before.chatwootContactIds.has(c.id));
		expect(newContacts.map((c) => ({ email: c.email, name: c.name, description: c.additional_attributes?.description }))).toEqual(
			chosen.map((c) => ({ email: c.meta.email, name: c.meta.nickname, description: `Crisp visitor, conversation ${c.session_id}` })),
		);
		expect(triggerOutput(run.data, 'Create or update Chatwoot contact').map((c) => [c.id, c.upsertAction])).toEqual(newContacts.map((c) => [c.id, 'created']));

		for (const [i, conversation] of chosen.entries()) {
			const added = fakes.crisp.messages(conversation.session_id).slice(before.crispMessages.get(conversation.session_id));
			expect(added.map((m) => ({ type: m.type, from: m.from, origin: m.origin, content: m.content }))).toEqual([
				{ type: 'note', from: 'operator', origin: 'chat', content: `Chatwoot contact #${newContacts[i].id} created for ${conversation.meta.email} (n8n)` },
			]);
		}
		const untouched = before.crispConversations.filter((c) => !chosen.includes(c));
		expect(untouched.filter((c) => fakes.crisp.messages(c.session_id).length !== before.crispMessages.get(c.session_id)).map((c) => c.session_id)).toEqual([]);
	},

	// README: on the standard seed (25 leads, 17 NEW) each NEW lead gets one more note
	// "Follow-up digest <today>: new lead since <day> from <site> …" (creator API) and status ACTIVE
	// (externalStatus ACTIVE, a STATUS_CHANGE NEW → ACTIVE in its history); the 8 others are
	// unchanged; "Build digest" outputs one item with count 17.
	'cliengo-lead-digest': ({ fakes, before, run }) => {
		const fresh = before.cliengoLeads.filter((l) => l.status === 'NEW');
		expect([before.cliengoLeads.length, fresh.length]).toEqual([25, 17]);
		expect(triggerOutput(run.data, 'Get NEW leads').map((l) => l.id).sort()).toEqual(fresh.map((l) => l.id).sort());
		// n8n's $today (GENERIC_TIMEZONE=UTC): the day the run started or, across midnight, ended.
		const days = new Set([before.startedAt.slice(0, 10), new Date().toISOString().slice(0, 10)]);
		for (const lead of fresh) {
			const now = fakes.cliengo.contact(lead.id)!;
			expect([now.status, now.externalStatus]).toEqual(['ACTIVE', 'ACTIVE']);
			expect(now.notes).toHaveLength(lead.notes.length + 1);
			const note = now.notes[now.notes.length - 1];
			expect(note.creator).toMatchObject({ name: 'API' });
			const expected = [...days].map((day) => `Follow-up digest ${day}: new lead since ${lead.creationDate.slice(0, 10)} from ${lead.websiteName}`);
			expect({ lead: lead.id, note: expected.some((start) => note.message.startsWith(start)) ? 'as documented' : note.message }).toEqual({ lead: lead.id, note: 'as documented' });
			expect(fakes.cliengo.store.history.get(lead.id)).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'STATUS_CHANGE', from: 'NEW', to: 'ACTIVE' })]));
		}
		const others = before.cliengoLeads.filter((l) => l.status !== 'NEW');
		expect(others.map((l) => fakes.cliengo.contact(l.id))).toEqual(others);
		const digest = triggerOutput(run.data, 'Build digest');
		expect(digest).toHaveLength(1);
		expect(digest[0].count).toBe(17);
		expect(digest[0].digest).toMatch(/^17 new lead\(s\) got a follow-up note and moved to ACTIVE:\n- /);
	},
};

type RunningFakesPorts = Record<FakePlatformName, number>;

describe('example workflows in real n8n', () => {
	let home: N8nHome;
	let fakes: RunningFakes;
	let ports: RunningFakesPorts;

	beforeAll(async () => {
		// Ports below the ephemeral range, so that nothing takes them while the fakes restart.
		const names = Object.keys(FAKE_PLATFORMS) as Array<keyof RunningFakesPorts>;
		const base = await findFreePortRange(names.length);
		ports = Object.fromEntries(names.map((name, i) => [name, base + i])) as RunningFakesPorts;
		fakes = await startFakes({ ports });
		home = createN8nHome();
		installOurPackages(home);
		await importCredentials(home, fakes.credentials());
	});

	/** Freshly seeded fakes behind the imported credentials (same ports; new ones and re-imported credentials if taken). */
	async function restartFakes(): Promise<void> {
		await fakes.stop();
		try {
			fakes = await startFakes({ ports });
		} catch {
			fakes = await startFakes();
			ports = fakes.ports();
			await importCredentials(home, fakes.credentials());
		}
	}

	afterAll(async () => {
		await fakes?.stop();
	});

	it('there are example workflows, with a README each, and some start with a Manual Trigger', () => {
		expect(examples.map((e) => e.name)).not.toEqual([]);
		expect(manualExamples.map((e) => e.name)).not.toEqual([]);
		expect(examples.filter((e) => e.readme.trim() === '').map((e) => `${e.name} has no README.md`)).toEqual([]);
	});

	it('every example uses only node types n8n has loaded and the fixed fake credentials', async () => {
		const { types, loadErrors } = await listNodeTypes(home);
		expect(loadErrors).toEqual([]);
		const known = new Set(types);
		const credentialRefs = new Set(fakes.credentials().map((c) => `${c.type}:${c.id}:${c.name}`));
		const problems: string[] = [];
		for (const example of examples) {
			for (const node of example.workflow.nodes as Array<{ name: string; type: string; credentials?: Record<string, { id: string; name: string }> }>) {
				if (node.type === 'n8n-nodes-base.stickyNote') continue;
				if (!known.has(node.type)) problems.push(`${example.name} / ${node.name}: unknown node type ${node.type}`);
				for (const [type, ref] of Object.entries(node.credentials ?? {})) {
					const key = `${type}:${ref.id}:${ref.name}`;
					if (!credentialRefs.has(key)) problems.push(`${example.name} / ${node.name}: credential ${key} is not one of the fixed fake credentials`);
				}
			}
			if (!startNodes(example.workflow).length) problems.push(`${example.name}: no start node`);
		}
		expect(problems).toEqual([]);
	});

	// The Platform API and the Client API are their own nodes (issue 13): one workflow runs each in real
	// n8n with its one credential, next to the Chatwoot node's Account given as a locator and as the
	// plain id that workflows saved before it became one hold.
	it('Chatwoot Platform and Chatwoot Client API run with their one credential; the Account takes a locator and a plain id', async () => {
		await restartFakes();
		const cw = fakes.chatwoot;
		const inbox = cw.seeded!.apiInboxIdentifier;
		// The registry's Client API credential, imported again: it names the inbox of this seed.
		const client = fakes.credentials().find((c) => c.type === 'leadchatChatwootClientApi')!;
		expect(client.data).toEqual({ baseUrl: cw.url, inboxIdentifier: inbox });
		await importCredentials(home, [client]);
		const chatwootCredential = fakes.credentials().find((c) => c.type === 'leadchatChatwootApi')!;
		const platformCredential = fakes.credentials().find((c) => c.type === 'leadchatChatwootPlatformApi')!;
		const ref = (c: { id: string; name: string }) => ({ id: c.id, name: c.name });
		const node = (name: string, type: string, x: number, parameters: object, credentials: object) => ({ id: name, name, type: `@leadchat/n8n-nodes-chatwoot.${type}`, typeVersion: 1, position: [x, 0], parameters, credentials });
		const workflow = {
			name: 'e2e: Chatwoot Platform and Client API nodes',
			nodes: [
				{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				node('Platform account', 'chatwootPlatform', 200, { resource: 'platformAccount', operation: 'get', platformAccountId: String(cw.accountId) }, { leadchatChatwootPlatformApi: ref(platformCredential) }),
				node('Client contact', 'chatwootClient', 400, { resource: 'publicContact', operation: 'create', additionalFields: { name: 'E2E Visitor', email: 'e2e.visitor@example.com' } }, { leadchatChatwootClientApi: ref(client) }),
				node('Account by locator', 'chatwoot', 600, { resource: 'account', operation: 'get', accountId: { __rl: true, mode: 'id', value: String(cw.accountId) } }, { leadchatChatwootApi: ref(chatwootCredential) }),
				node('Account by plain id', 'chatwoot', 800, { resource: 'account', operation: 'get', accountId: String(cw.accountId) }, { leadchatChatwootApi: ref(chatwootCredential) }),
			],
			connections: {
				Start: { main: [[{ node: 'Platform account', type: 'main', index: 0 }]] },
				'Platform account': { main: [[{ node: 'Client contact', type: 'main', index: 0 }]] },
				'Client contact': { main: [[{ node: 'Account by locator', type: 'main', index: 0 }]] },
				'Account by locator': { main: [[{ node: 'Account by plain id', type: 'main', index: 0 }]] },
			},
			settings: {},
		};
		const id = await importWorkflow(home, workflow);
		const run = await executeWorkflow(home, id);
		if (!run.ok) throw new Error(`failed: ${runErrors(run.data).join('; ') || 'no run data'}\n${run.raw.split('\n').slice(-30).join('\n')}`);
		expect(runErrors(run.data)).toEqual([]);

		const account = cw.state.account(cw.accountId)!;
		const contact = cw.state.contacts.find((c) => c.email === 'e2e.visitor@example.com')!;
		const contactInbox = cw.state.contactInboxes.find((ci) => ci.contact_id === contact.id)!;
		expect(cw.server.requests.map((r) => ({ method: r.method, path: r.path, token: r.headers.api_access_token }))).toEqual([
			{ method: 'GET', path: `/platform/api/v1/accounts/${cw.accountId}`, token: cw.tokens.platform },
			{ method: 'POST', path: `/public/api/v1/inboxes/${inbox}/contacts`, token: undefined },
			{ method: 'GET', path: `/api/v1/accounts/${cw.accountId}`, token: cw.tokens.user },
			{ method: 'GET', path: `/api/v1/accounts/${cw.accountId}`, token: cw.tokens.user },
		]);
		expect(triggerOutput(run.data, 'Platform account').map((a) => ({ id: a.id, name: a.name }))).toEqual([{ id: account.id, name: account.name }]);
		expect(triggerOutput(run.data, 'Client contact').map((c) => ({ id: c.id, source_id: c.source_id, name: c.name, email: c.email }))).toEqual([
			{ id: contact.id, source_id: contactInbox.source_id, name: 'E2E Visitor', email: 'e2e.visitor@example.com' },
		]);
		for (const name of ['Account by locator', 'Account by plain id']) {
			expect({ name, out: triggerOutput(run.data, name).map((a) => ({ id: a.id, name: a.name })) }).toEqual({ name, out: [{ id: account.id, name: account.name }] });
		}
		cw.assertNoViolations();
	});

	// A CSV report comes out as n8n binary data (issue 16): in real n8n the file is stored with the
	// execution (name, type, size) and the next node, n8n's own Extract from File, reads it back
	// byte for byte as the fake served it.
	it('Chatwoot report CSV download: the binary file is in the stored execution and n8n reads it back', async () => {
		await restartFakes();
		const cw = fakes.chatwoot;
		const chatwootCredential = fakes.credentials().find((c) => c.type === 'leadchatChatwootApi')!;
		const [since, until] = ['1767225600', '1767312000'];
		const workflow = {
			name: 'e2e: Chatwoot CSV report as binary data',
			nodes: [
				{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: 'report',
					name: 'Agents report',
					type: '@leadchat/n8n-nodes-chatwoot.chatwoot',
					typeVersion: 1,
					position: [200, 0],
					parameters: { resource: 'report', operation: 'downloadAgentsReport', accountId: String(cw.accountId), since, until, binaryPropertyName: 'data' },
					credentials: { leadchatChatwootApi: { id: chatwootCredential.id, name: chatwootCredential.name } },
				},
				{ id: 'extract', name: 'Read file', type: 'n8n-nodes-base.extractFromFile', typeVersion: 1.1, position: [400, 0], parameters: { operation: 'text', binaryPropertyName: 'data', destinationKey: 'text' } },
			],
			connections: {
				Start: { main: [[{ node: 'Agents report', type: 'main', index: 0 }]] },
				'Agents report': { main: [[{ node: 'Read file', type: 'main', index: 0 }]] },
			},
			settings: {},
		};
		const id = await importWorkflow(home, workflow);
		const run = await executeWorkflow(home, id);
		if (!run.ok) throw new Error(`failed: ${runErrors(run.data).join('; ') || 'no run data'}\n${run.raw.split('\n').slice(-30).join('\n')}`);
		expect(runErrors(run.data)).toEqual([]);

		const res = await fetch(`${cw.url}/api/v2/accounts/${cw.accountId}/reports/agents?since=${since}&until=${until}`, { headers: { api_access_token: cw.tokens.user } });
		const csv = await res.text();
		expect(csv.split('\n')[0]).toBe('Reporting period 2026-01-01 to 2026-01-02');
		const runData = run.data?.data?.resultData?.runData ?? run.data?.resultData?.runData;
		const item = runData['Agents report'][0].data.main[0][0];
		expect(item.json).toMatchObject({ file_name: 'agents_report.csv', row_count: cw.state.agentsOf(cw.accountId).length });
		expect(item.binary.data).toMatchObject({ fileName: 'agents_report.csv', mimeType: 'text/csv', fileExtension: 'csv' });
		expect(triggerOutput(run.data, 'Read file').map((j) => j.text)).toEqual([csv]);
		cw.assertNoViolations();
	});

	const names = manualExamples.map((e) => e.name);
	(names.length ? it.each(names) : it.skip.each(['(none)']))('%s runs to success and leaves the documented records on the fakes', async (name) => {
		const example = manualExamples.find((e) => e.name === name)!;
		await restartFakes();
		const before = snapshot(fakes);

		const id = await importWorkflow(home, example.workflow);
		const run = await executeWorkflow(home, id);
		if (!run.ok) throw new Error(`example ${name} failed: ${runErrors(run.data).join('; ') || 'no run data'}\n${run.raw.split('\n').slice(-30).join('\n')}`);
		expect(runErrors(run.data)).toEqual([]);

		// Every node ran (nothing was skipped by an empty result or a broken connection).
		const nodes = (example.workflow.nodes as Array<{ name: string; type: string; disabled?: boolean }>).filter((n) => n.type !== 'n8n-nodes-base.stickyNote' && !n.disabled);
		expect(nodesThatRan(run.data).sort()).toEqual(nodes.map((n) => n.name).sort());

		// Our nodes really reached the fakes, and every request matched the API's spec.
		const ourTypes = nodes.filter((n) => n.type.startsWith('@leadchat/'));
		if (ourTypes.some((n) => n.type.includes('chatwoot'))) expect(fakes.chatwoot.server.requests.length).toBeGreaterThan(0);
		if (ourTypes.some((n) => n.type.includes('cliengo'))) expect(fakes.cliengo.requests.length).toBeGreaterThan(0);
		if (ourTypes.some((n) => n.type.includes('crisp'))) expect(fakes.crisp.requests.length).toBeGreaterThan(0);
		fakes.chatwoot.assertNoViolations();
		fakes.cliengo.assertNoViolations();
		fakes.crisp.assertNoViolations();

		const expectation = EXPECTATIONS[name];
		if (expectation) expectation({ fakes, before, run, example });
		else console.warn(`examples.e2e: no specific expectation for example "${name}" yet: only the generic checks ran`);
	});
});
