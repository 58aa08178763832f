/**
 * Runs a platform's action node in-process (the test kit's execute context, real HTTP to the fake)
 * and checks what every case checks: no credential secret anywhere in what came out.
 */
import { retryClock } from '@leadchat/core';
import { createExecuteContext, findSecretLeaks, type LoggedRequest } from '@leadchat/testkit';
import type { INodeExecutionData, INodeType } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { Parameters, Platform } from './registry';

export interface Outcome {
	items?: INodeExecutionData[];
	error?: Error & { description?: string | null; httpCode?: string | null; context?: Record<string, unknown> };
	/** The requests the fake received during the run. */
	requests: LoggedRequest[];
}

const nodes = new WeakMap<Platform, INodeType>();
function nodeOf(platform: Platform): INodeType {
	let node = nodes.get(platform);
	if (!node) {
		node = platform.node();
		nodes.set(platform, node);
	}
	return node;
}

/**
 * Runs the node once with these parameters (per item when a function) over `items` empty input
 * items. Fails when a credential secret appears in the error, the output or the node's log lines.
 */
export async function runNode(
	platform: Platform,
	fake: unknown,
	parameters: Parameters | ((itemIndex: number) => Parameters),
	opts: { items?: number; continueOnFail?: boolean } = {},
): Promise<Outcome> {
	const node = nodeOf(platform);
	const server = platform.server(fake);
	const before = server.requests.length;
	const ctx = createExecuteContext({
		parameters: parameters as never,
		credentials: platform.credentials(fake),
		credentialTypes: platform.credentialTypes(),
		nodeType: node,
		items: Array.from({ length: opts.items ?? 1 }, () => ({ json: {} })),
		continueOnFail: opts.continueOnFail ?? false,
	});
	const outcome: Outcome = { requests: [] };
	try {
		outcome.items = ((await node.execute!.call(ctx as never)) as INodeExecutionData[][])[0];
	} catch (error) {
		outcome.error = error as Outcome['error'];
	}
	outcome.requests = server.requests.slice(before);
	const leaks = findSecrets(allSecrets(platform, fake), { error: outcome.error, items: outcome.items, logs: ctx.logs });
	if (leaks.length) throw new Error(`a credential secret leaked into ${leaks.join(', ')}`);
	return outcome;
}

/** The platform's secrets: the credential values and the forms they travel in. */
export const allSecrets = (platform: Platform, fake: unknown): string[] => [...platform.secrets(fake), ...(platform.wireSecrets?.(fake) ?? [])];

/** Where (as paths) any of the secrets, plain or URL-encoded, occurs in `value`, own non-enumerable properties (an error's stack, cause) included. */
export function findSecrets(secrets: string[], value: unknown): string[] {
	const needles = secrets.filter((s) => s.length >= 4).flatMap((s) => [...new Set([s, encodeURIComponent(s)])]);
	return findSecretLeaks(value, needles);
}

/** The input error of item `item` (1-based) naming `field`, with no request sent. */
export function expectRefused(outcome: Outcome, field: string, item = 1): void {
	const error = outcome.error;
	expect(error).toBeInstanceOf(NodeOperationError);
	const prefix = `Item ${item}: "${field}" `;
	expect(error!.message.slice(0, prefix.length)).toBe(prefix);
	expect(error!.context?.itemIndex).toBe(item - 1);
	// A clear message: it does not paste a huge input back.
	expect(error!.message.length).toBeLessThan(2000);
	expect(outcome.requests.map((r) => `${r.method} ${r.rawPath.slice(0, 200)}`)).toEqual([]);
}

/** A NodeApiError with this HTTP status (or none, for a network failure) and a readable message. */
export function expectApiError(outcome: Outcome, platform: Platform, status: number | undefined, message?: string | RegExp): void {
	const error = outcome.error;
	if (!(error instanceof NodeApiError)) throw new Error(`expected a NodeApiError, got ${error ? `${error.name}: ${error.message}` : `${outcome.items?.length} items`}`);
	expect(error.httpCode ?? undefined).toBe(status === undefined ? undefined : String(status));
	expect(error.message.trim()).not.toBe('');
	expect(error.message).not.toMatch(/\[object Object\]|undefined/);
	expect(error.description ?? '').toContain(platform.name);
	if (typeof message === 'string') expect(error.message).toBe(message);
	else if (message) expect(error.message).toMatch(message);
}

/** Success: items out and no error. */
export function expectSuccess(outcome: Outcome): INodeExecutionData[] {
	if (outcome.error) throw new Error(`expected success, got ${outcome.error.name}: ${outcome.error.message} (${outcome.error.description ?? ''})`);
	return outcome.items!;
}

/** A start instant on a whole second, so that HTTP dates (second resolution) are exact. */
export const CLOCK_START = Date.parse('2026-12-03T12:00:00Z');

export interface RetryClock {
	/** Every wait the retries asked for, in order. */
	readonly sleeps: number[];
	/** The fake time: starts at CLOCK_START, advanced by each wait. */
	now(): number;
	/** Sum of the waits. */
	waited(): number;
	/** Fixes the jitter of the backoff (core's retryClock.random) for the rest of the test; 0.5 by default. */
	setJitter(random: number): void;
}

/**
 * Replaces core's retry clock for each test of the file: waits return at once and advance a fake
 * time (which Retry-After dates are read against), and are recorded; the backoff's jitter is fixed
 * (0.5 unless a test sets it), so that every run waits the same.
 */
export function useRetryClock(): RetryClock {
	const sleeps: number[] = [];
	let time = CLOCK_START;
	let jitter = 0.5;
	const original = { ...retryClock };
	beforeEach(() => {
		sleeps.length = 0;
		time = CLOCK_START;
		jitter = 0.5;
		retryClock.random = () => jitter;
		retryClock.sleep = async (ms: number) => {
			sleeps.push(ms);
			time += ms;
		};
		retryClock.now = () => time;
	});
	afterEach(() => {
		Object.assign(retryClock, original);
	});
	return {
		sleeps,
		now: () => time,
		waited: () => sleeps.reduce((a, b) => a + b, 0),
		setJitter: (random) => {
			jitter = random;
		},
	};
}

/** Most requests one call may send for a failure that is not a 429 (the first try and its retries). */
export const MAX_ATTEMPTS = 10;

export interface FakeHolder<F = any> {
	fake: F;
}

/**
 * The platform's fake for a describe block: started before its first test, stopped after its last;
 * the log and pending faults are cleared before each test. `each`: a fresh fake for every test.
 */
export function useFake<F>(platform: Platform<F>, each = false): FakeHolder<F> {
	const holder = {} as FakeHolder<F>;
	const start = async () => {
		holder.fake = platform.createFake();
		await platform.start(holder.fake);
	};
	const stop = async () => {
		if (holder.fake) await platform.stop(holder.fake);
	};
	if (each) {
		beforeEach(start);
		afterEach(stop);
	} else {
		beforeAll(start);
		afterAll(stop);
		beforeEach(() => {
			platform.server(holder.fake).clearLog();
			platform.server(holder.fake).clearFaults();
		});
	}
	return holder;
}

/** A describe.each table of the platforms: `describe.each(table(PLATFORMS))('%s', (_name, platform) => …)`. */
export const table = (platforms: Platform[]) => platforms.map((p) => [p.name, p] as [string, Platform]);
