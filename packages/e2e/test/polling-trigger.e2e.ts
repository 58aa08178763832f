/**
 * The Cliengo Trigger (polling, "New Lead") in a running n8n: after activation it picks up a lead
 * inserted into the fake Cliengo (and not the ones that existed before, even one created seconds
 * before activation), and the next node creates the Chatwoot contact. A later poll does not repeat it.
 *
 * Poll times: n8n refuses sub-minute crons ("The polling interval is too short"): its check
 * (isSubMinuteCron) accepts a 6-field cron only with one fixed second. The fixture therefore lists
 * six "custom" poll times, `0 * * * * *`, `10 * * * * *` … `50 * * * * *`: each is minute-granular
 * for n8n, together they poll every 10 s, which keeps the wait short and bounded.
 */
import {
	activateWorkflow,
	createN8nHome,
	deactivateWorkflow,
	loadExamples,
	importCredentials,
	importWorkflow,
	installOurPackages,
	listExecutions,
	startFakes,
	startN8n,
	waitFor,
	waitForExecutions,
	updateCredentialInN8n,
	FAKE_CREDENTIALS,
	type N8nHome,
	type N8nServer,
	type RunningFakes,
} from '../src';
import { fixture, triggerOutput } from './helpers';

const workflow = fixture('cliengo-new-lead-to-chatwoot.json');

describe('Cliengo Trigger (polling) in a running n8n', () => {
	let fakes: RunningFakes;
	let server: N8nServer | undefined;
	let workflowId: string;
	let home: N8nHome;

	const polls = () => fakes.cliengo.requestsTo('contacts.list').length;
	const chatwootContactByEmail = (email: string) => fakes.chatwoot.state.contactsOf(fakes.chatwoot.accountId).filter((c) => c.email === email);

	beforeAll(async () => {
		fakes = await startFakes();
		home = createN8nHome();
		installOurPackages(home);
		await importCredentials(home, fakes.credentials());
		workflowId = await importWorkflow(home, workflow);
		server = await startN8n(home);
	});

	afterAll(async () => {
		await server?.stop();
		await fakes?.stop();
	});

	it('polls every 10 s through six minute-granular poll times', () => {
		const items = workflow.nodes[0].parameters.pollTimes.item as Array<{ cronExpression: string }>;
		expect(items.map((i) => i.cronExpression)).toEqual(['0 * * * * *', '10 * * * * *', '20 * * * * *', '30 * * * * *', '40 * * * * *', '50 * * * * *']);
	});

	it('a lead created after activation becomes a Chatwoot contact; earlier leads do not', async () => {
		// Created just before activation: inside the trigger's look-back window, so only its
		// "first activation records what exists" rule keeps it out.
		const before = fakes.cliengo.insertLead({ name: 'Early', lastName: 'Bird', email: 'early.bird@example.com' });
		const pollsBefore = polls();
		await activateWorkflow(server!, workflowId);
		// Activation runs one poll right away (n8n's check that the trigger works).
		await waitFor('the activation poll', () => (polls() > pollsBefore ? true : undefined), { timeoutMs: 30_000 });
		expect(await listExecutions(server!, workflowId)).toEqual([]);

		const lead = fakes.cliengo.insertLead({ name: 'Lena', lastName: 'Lead', email: 'lena.lead@example.com' });
		const executions = await waitForExecutions(server!, workflowId, (list) => list.length >= 1, {
			timeoutMs: 45_000,
			what: 'the execution started by the poll that sees the new lead',
		});
		expect(executions).toHaveLength(1);
		expect(executions[0].status).toBe('success');
		expect(executions[0].mode).toBe('trigger');
		const emitted = triggerOutput(executions[0].data, 'Cliengo Trigger');
		expect(emitted.map((c) => c.id)).toEqual([lead.id]);
		expect(emitted[0]).toMatchObject({ email: 'lena.lead@example.com', name: 'Lena', lastName: 'Lead' });

		const contacts = chatwootContactByEmail('lena.lead@example.com');
		expect(contacts).toHaveLength(1);
		expect(contacts[0]).toMatchObject({ name: 'Lena Lead', identifier: `cliengo-${lead.id}` });
		expect(chatwootContactByEmail(before.email!)).toEqual([]);
		fakes.chatwoot.assertNoViolations();
		fakes.cliengo.assertNoViolations();
	});

	it('the next poll does not repeat the lead', async () => {
		const pollsNow = polls();
		await waitFor('one more poll', () => (polls() > pollsNow ? true : undefined), { timeoutMs: 30_000 });
		// Give a run started by that poll time to be recorded.
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect((await listExecutions(server!, workflowId)).length).toBe(1);
		expect(chatwootContactByEmail('lena.lead@example.com')).toHaveLength(1);
	});
	// n8n keeps one poll context for the whole activation (activatePollTrigger), and the node reads
	// its credential once per poll and hands it to n8n for each request: a key changed in n8n must
	// still be the key of the next poll, without reactivating the workflow.
	it('a key changed in n8n while the trigger is active is the key of the next poll, which emits the next lead once', async () => {
		const pollsNow = polls();
		// Right after a poll, so that no poll falls between the two changes (polls are 10 s apart).
		await waitFor('a poll', () => (polls() > pollsNow ? true : undefined), { timeoutMs: 30_000 });
		const oldKey = fakes.cliengo.store.apiKey;
		const newKey = 'rotated-cliengo-key-2f9c';
		fakes.cliengo.store.apiKey = newKey;
		await updateCredentialInN8n(server!, FAKE_CREDENTIALS.leadchatCliengoApi.id, { apiKey: newKey });
		const changedAt = polls();

		const lead = fakes.cliengo.insertLead({ name: 'Rita', lastName: 'Rotated', email: 'rita.rotated@example.com' });
		const executions = await waitForExecutions(server!, workflowId, (list) => list.length >= 2, {
			timeoutMs: 45_000,
			what: 'the execution started by the first poll with the new key',
		});
		expect(executions.map((e) => [e.mode, e.status])).toEqual([
			['trigger', 'success'],
			['trigger', 'success'],
		]);
		expect(triggerOutput(executions[0].data, 'Cliengo Trigger').map((c) => c.id)).toEqual([lead.id]);
		const after = fakes.cliengo.requestsTo('contacts.list').slice(changedAt);
		expect(after.length).toBeGreaterThan(0);
		expect(after.map((r) => [r.query.api_key, r.status])).toEqual(after.map(() => [newKey, 200]));
		expect(oldKey).not.toBe(newKey);
		expect(chatwootContactByEmail('rita.rotated@example.com')).toHaveLength(1);
	});

	// The example that ships with the repository, imported exactly as it is, with its own schedule
	// (n8n's "Every Minute": a random second of each minute), so the wait is up to a minute plus the
	// run. README: one execution (mode trigger) that emitted exactly the new lead, a Chatwoot contact
	// with the lead's email and E.164 phone, a conversation in inbox 2 for team sales, one private note.
	it('example cliengo-new-lead-to-chatwoot: the next poll turns a new lead into a Chatwoot contact, conversation and note', async () => {
		const example = loadExamples().find((e) => e.name === 'cliengo-new-lead-to-chatwoot');
		if (!example) throw new Error('examples/cliengo-new-lead-to-chatwoot is missing');
		await deactivateWorkflow(server!, workflowId);
		const id = await importWorkflow(home, example.workflow);
		const pollsBefore = polls();
		await activateWorkflow(server!, id);
		await waitFor('the activation poll of the example', () => (polls() > pollsBefore ? true : undefined), { timeoutMs: 30_000 });

		const conversationsBefore = new Set(fakes.chatwoot.state.conversations.map((c) => c.id));
		const site = fakes.cliengo.store.sites.find((x) => x.title === 'Tienda Online')!;
		const lead = fakes.cliengo.insertLead({ name: 'Ana', lastName: 'Pérez', email: 'ana.perez@example.com', phone: '+54 9 11 5555-0000', websiteId: site.id, message: 'Quiero una cotización' });
		const [execution] = await waitForExecutions(server!, id, (list) => list.length >= 1, { timeoutMs: 100_000, what: 'the example\'s execution (it polls once a minute)' });
		expect([execution.mode, execution.status]).toEqual(['trigger', 'success']);
		expect(triggerOutput(execution.data, 'Cliengo Trigger').map((l) => l.id)).toEqual([lead.id]);

		const [contact] = chatwootContactByEmail('ana.perez@example.com');
		expect(contact).toMatchObject({ name: 'Ana Pérez', phone_number: '+5491155550000' });
		const conversations = fakes.chatwoot.state.conversations.filter((c) => !conversationsBefore.has(c.id));
		expect(conversations).toHaveLength(1);
		expect(conversations[0]).toMatchObject({ contact_id: contact.id, inbox_id: 2, team_id: 1 });
		const notes = fakes.chatwoot.state.messages.filter((m) => m.conversation_id === conversations[0].id);
		expect(notes).toHaveLength(1);
		expect(notes[0].private).toBe(true);
		for (const part of ['New lead from Cliengo', 'Site: Tienda Online', 'Status: NEW', `Cliengo lead ID: ${lead.id}`]) expect(notes[0].content).toContain(part);
		fakes.chatwoot.assertNoViolations();
		fakes.cliengo.assertNoViolations();
		await deactivateWorkflow(server!, id);
	});
});
