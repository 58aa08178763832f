/**
 * Assertions the node packages' tests share: bad input is refused before any request, naming the
 * item and the field; an API failure is a NodeApiError carrying the platform's message and status.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { HarnessFake, NodeHarness } from './harness';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The node refuses `parameters` for item 1 with `Item 1: "<field>" …` and sends nothing; returns the message. */
export async function refused<F extends HarnessFake>(h: NodeHarness<F>, parameters: Record<string, unknown>, field: string, problem?: string | RegExp): Promise<string> {
	h.fake.clearLog();
	const error = await h.runError(parameters);
	expect(error).toBeInstanceOf(NodeOperationError);
	expect(error.message).toMatch(new RegExp(`^Item 1: "${escaped(field)}" `));
	if (problem !== undefined) expect(error.message).toMatch(problem);
	expect(h.requests()).toEqual([]);
	return error.message;
}

/** The node fails with the platform's answer: its message (or reason) and the HTTP status. */
export async function apiError<F extends HarnessFake>(h: NodeHarness<F>, parameters: Record<string, unknown>, status: number, message: string): Promise<void> {
	const error = await h.runError(parameters);
	expect(error).toBeInstanceOf(NodeApiError);
	expect(error.message).toBe(message);
	expect(error.httpCode).toBe(String(status));
}
