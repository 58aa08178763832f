/**
 * Benchmarks of the Chatwoot node against the fake server on 127.0.0.1: figures only (time,
 * requests, memory), no pass/fail. Run: `pnpm run bench` here, or `npm run bench` at the root.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { byId as rl, createChatwootFake, createExecuteContext, type ChatwootFake, type ContextOptions } from '@leadchat/testkit';
import { credentialTypes, credentialsFor, node } from '../test/harness';

/** Runs the Chatwoot node once against the fake, as the tests do (node type defaults applied). */
async function run(fake: ChatwootFake, parameters: IDataObject, extra: Partial<ContextOptions> = {}): Promise<INodeExecutionData[]> {
	const ctx = createExecuteContext({ parameters, credentials: credentialsFor(fake) as never, credentialTypes: credentialTypes(), nodeType: node, ...extra });
	const [out] = (await node.execute.call(ctx as never)) as INodeExecutionData[][];
	return out;
}

async function startFake(): Promise<ChatwootFake> {
	const fake = createChatwootFake();
	await fake.start();
	return fake;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function measure(label: string, fn: () => Promise<INodeExecutionData[]>, requests: () => number) {
	const heapBefore = process.memoryUsage().heapUsed;
	const before = requests();
	const t0 = process.hrtime.bigint();
	const items = await fn();
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	const heap = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
	console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${String(requests() - before).padStart(5)} requests  heap +${mb(heap)}  ${items.length} items (${new Set(items.map((i) => i.json.id)).size} unique)`);
}

async function main() {
	console.log('Chatwoot benchmarks (fake server on 127.0.0.1, spec validation on)');
	const fake = await startFake();
	for (let i = 0; i < 3_000; i++) fake.addContact({ name: `Bench ${i}`, email: `bench${i}@example.com` });
	const conversation = fake.addConversation({});
	for (let i = 0; i < 2_000; i++) fake.addMessage(conversation, { content: `message ${i}` });
	for (let i = 0; i < 500; i++) fake.addConversation({ status: 'open' });
	const requests = () => fake.server.requests.length;

	await measure('contact Get Many, Return All (~3,040 contacts, 15/page)', () => run(fake, { resource: 'contact', operation: 'getAll', returnAll: true, options: {} }), requests);
	await measure('contact Get Many, Limit 100', () => run(fake, { resource: 'contact', operation: 'getAll', returnAll: false, limit: 100, options: {} }), requests);
	await measure('conversation Get Many, Return All (~560, 25/page)', () => run(fake, { resource: 'conversation', operation: 'getAll', returnAll: true, status: 'all', assigneeType: 'all', filters: {} }), requests);
	await measure('message Get Many, Return All (2,000 messages)', () => run(fake, { resource: 'message', operation: 'getAll', conversationId: rl(conversation.display_id), returnAll: true }), requests);
	await measure('100 items × contact Get (per-item loop)', () => run(fake, { resource: 'contact', operation: 'get', contactId: rl(fake.state.contacts[0].id) }, { items: Array.from({ length: 100 }, () => ({ json: {} })) }), requests);
	await fake.stop();
	console.log(`peak RSS ${mb(process.memoryUsage().rss)}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
