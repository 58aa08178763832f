/**
 * Assertions shared by the Chaport tests: bad input is refused before any request, naming the item
 * and the field; an API failure is a NodeApiError carrying Chaport's message and status.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { useChaport } from './harness';

type Harness = ReturnType<typeof useChaport>;

/** The node refuses `parameters` for item 1 with `"<field>" …` and sends nothing. */
export async function refused(h: Harness, parameters: Record<string, unknown>, field: string, problem?: string | RegExp): Promise<string> {
	h.fake.clearLog();
	const error = await h.runError(parameters);
	expect(error).toBeInstanceOf(NodeOperationError);
	expect(error.message).toMatch(new RegExp(`^Item 1: "${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" `));
	if (problem !== undefined) expect(error.message).toMatch(problem);
	expect(h.requests()).toEqual([]);
	return error.message;
}

/** The node fails with Chaport's answer: its message and the HTTP status. */
export async function apiError(h: Harness, parameters: Record<string, unknown>, status: number, message: string): Promise<void> {
	const error = await h.runError(parameters);
	expect(error).toBeInstanceOf(NodeApiError);
	expect(error.message).toBe(message);
	expect(error.httpCode).toBe(String(status));
}
