import type { IWebhookFunctions } from 'n8n-workflow';
import {
	DEFAULT_MAX_DELIVERIES_PER_SCOPE,
	clearDeliveries,
	deliveryScope,
	recordDelivery,
	rememberedDeliveries,
	setDeliveryClock,
} from '../src/triggers/deliveries';

let now = 1_750_000_000_000;
const A = { workflowId: 'wf-1', node: 'node-a' };
const B = { workflowId: 'wf-1', node: 'node-b' };
const OTHER_WORKFLOW = { workflowId: 'wf-2', node: 'node-a' };
const TTL = { ttlMs: 330_000 };

beforeEach(() => {
	now = 1_750_000_000_000;
	setDeliveryClock(() => now);
	clearDeliveries();
});
afterAll(() => setDeliveryClock());

describe('recordDelivery', () => {
	test('a key is new once, then a repeat until its TTL has passed', () => {
		expect(recordDelivery(A, 'k1', TTL)).toBe(true);
		expect(recordDelivery(A, 'k1', TTL)).toBe(false);
		now += 329_999;
		expect(recordDelivery(A, 'k1', TTL)).toBe(false);
		now += 1;
		expect(recordDelivery(A, 'k1', TTL)).toBe(true);
		// Recorded again with a fresh expiry.
		now += 329_999;
		expect(recordDelivery(A, 'k1', TTL)).toBe(false);
	});

	test('scopes are separate: another node or another workflow with the same key is new', () => {
		expect(recordDelivery(A, 'same', TTL)).toBe(true);
		expect(recordDelivery(B, 'same', TTL)).toBe(true);
		expect(recordDelivery(OTHER_WORKFLOW, 'same', TTL)).toBe(true);
		expect([A, B, OTHER_WORKFLOW].map((s) => recordDelivery(s, 'same', TTL))).toEqual([false, false, false]);
	});

	test('bounded: past maxPerScope the oldest keys are dropped first', () => {
		for (const k of ['k1', 'k2', 'k3']) expect(recordDelivery(A, k, { ...TTL, maxPerScope: 3 })).toBe(true);
		expect(recordDelivery(A, 'k4', { ...TTL, maxPerScope: 3 })).toBe(true);
		expect(rememberedDeliveries(A)).toBe(3);
		expect(recordDelivery(A, 'k2', { ...TTL, maxPerScope: 3 })).toBe(false);
		expect(recordDelivery(A, 'k1', { ...TTL, maxPerScope: 3 })).toBe(true); // was dropped as the oldest
		expect(DEFAULT_MAX_DELIVERIES_PER_SCOPE).toBe(10_000);
	});

	test('expired keys are pruned, so the cache does not grow with the traffic', () => {
		for (let i = 0; i < 50; i++) {
			expect(recordDelivery(A, `k${i}`, { ttlMs: 1000 })).toBe(true);
			now += 100;
		}
		// Keys older than one second are gone: only the last ten (and the one just added) remain.
		expect(recordDelivery(A, 'last', { ttlMs: 1000 })).toBe(true);
		expect(rememberedDeliveries(A)).toBe(10);
	});

	test('concurrent copies: of many calls before any await, exactly one is new', async () => {
		const results = await Promise.all(Array.from({ length: 20 }, async () => recordDelivery(A, 'copy', TTL)));
		expect(results.filter(Boolean)).toHaveLength(1);
	});

	test('clearDeliveries of one scope leaves the others', () => {
		recordDelivery(A, 'k', TTL);
		recordDelivery(B, 'k', TTL);
		clearDeliveries(A);
		expect(recordDelivery(A, 'k', TTL)).toBe(true);
		expect(recordDelivery(B, 'k', TTL)).toBe(false);
	});

	test('a TTL that is not a positive number is a programming error', () => {
		expect(() => recordDelivery(A, 'k', { ttlMs: 0 })).toThrow(RangeError);
		expect(() => recordDelivery(A, 'k', { ttlMs: Number.NaN })).toThrow(RangeError);
	});

	test('the default clock is Date.now', () => {
		// The fake clock stands in mid-2025: a key recorded then has long expired by the real clock.
		recordDelivery(A, 'k', { ttlMs: 60_000 });
		setDeliveryClock();
		expect(recordDelivery(A, 'k', { ttlMs: 60_000 })).toBe(true);
		expect(recordDelivery(A, 'k', { ttlMs: 60_000 })).toBe(false);
	});
});

describe('deliveryScope', () => {
	const ctx = (node: { id?: string; name: string }, id?: string) =>
		({ getWorkflow: () => ({ id, name: 'W', active: true }), getNode: () => node }) as unknown as IWebhookFunctions;
	test('workflow id and node id', () => expect(deliveryScope(ctx({ id: 'n-1', name: 'Trigger' }, 'wf-9'))).toEqual({ workflowId: 'wf-9', node: 'n-1' }));
	test('the node name when the node has no id', () => expect(deliveryScope(ctx({ id: '', name: 'Trigger' }, 'wf-9'))).toEqual({ workflowId: 'wf-9', node: 'Trigger' }));
	test('no workflow id (a workflow never saved)', () => expect(deliveryScope(ctx({ name: 'Trigger' }))).toEqual({ workflowId: '', node: 'Trigger' }));
});
