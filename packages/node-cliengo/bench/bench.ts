/**
 * Benchmarks of the Cliengo node against the fake server on 127.0.0.1. Prints figures (time,
 * requests, memory); it does not pass or fail, so a loaded machine cannot make it flaky.
 * Run: `pnpm run bench` in this package, or `npm run bench` at the root.
 */
import type { IDataObject } from 'n8n-workflow';
import { createCliengoFake, createPollContext } from '@leadchat/testkit';
import { CliengoApi } from '../credentials/CliengoApi.credentials';
import { CliengoTrigger } from '../nodes/CliengoTrigger/CliengoTrigger.node';
import type { INodeExecutionData } from 'n8n-workflow';
import { createExecuteContext, type CliengoFake } from '@leadchat/testkit';
import { credentialsFor, node } from '../test/helpers';

/** Runs the Cliengo node once against the fake, as the tests do (node type defaults applied). */
async function run(fake: CliengoFake, parameters: IDataObject): Promise<INodeExecutionData[]> {
	const ctx = createExecuteContext({ parameters, credentials: credentialsFor(fake) as never, credentialTypes: [new CliengoApi()], nodeType: node });
	const [out] = (await node.execute.call(ctx as never)) as INodeExecutionData[][];
	return out;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function measure<T>(label: string, fn: () => Promise<T>, requests: () => number, extra: (r: T) => string) {
	global.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const before = requests();
	const t0 = process.hrtime.bigint();
	const result = await fn();
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	const heapAfter = process.memoryUsage().heapUsed;
	console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${String(requests() - before).padStart(5)} requests  heap +${mb(Math.max(0, heapAfter - heapBefore))}  ${extra(result)}`);
}

async function main() {
	console.log('Cliengo benchmarks (fake server on 127.0.0.1)');
	for (const n of [2_500, 10_000]) {
		const fake = createCliengoFake({ seed: { contacts: n, from: Date.now() - 120 * 86_400_000 } });
		await fake.start();
		await measure(
			`contact Get Many, Return All over ${n} leads`,
			() => run(fake, { resource: 'contact', operation: 'getAll', returnAll: true, filters: {}, options: {} }),
			() => fake.requests.length,
			(items) => `${items.length} items (${new Set(items.map((i) => i.json.id)).size} unique)`,
		);
		await measure(
			`contact Get Many, Limit 500 of ${n}`,
			() => run(fake, { resource: 'contact', operation: 'getAll', returnAll: false, limit: 500, filters: {}, options: {} }),
			() => fake.requests.length,
			(items) => `${items.length} items`,
		);
		await fake.stop();
	}

	// Trigger: 1,000 leads arrive between two polls.
	const fake = createCliengoFake({ seed: { contacts: 50 } });
	await fake.start();
	const staticData: IDataObject = {};
	const trigger = new CliengoTrigger();
	const poll = () =>
		trigger.poll.call(
			createPollContext({
				parameters: { event: 'newLead', filters: {} },
				credentials: { leadchatCliengoApi: fake.credentials() as never },
				credentialTypes: [new CliengoApi()],
				staticData,
				mode: 'trigger',
			}) as never,
		);
	await poll();
	for (let i = 0; i < 1_000; i++) fake.insertLead({ name: `Burst ${i}` });
	await measure('trigger poll with 1,000 new leads', () => poll(), () => fake.requests.length, (out) => `${out?.[0]?.length ?? 0} emitted, state ${(JSON.stringify(staticData).length / 1024).toFixed(1)} KB`);
	await measure('trigger poll with nothing new', () => poll(), () => fake.requests.length, (out) => `${out?.[0]?.length ?? 0} emitted`);
	await fake.stop();
	console.log(`peak RSS ${mb(process.memoryUsage().rss)}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
