import type { IDataObject } from 'n8n-workflow';
import type { OperationTools } from '@leadchat/core';
import { payloadOf } from '../../helpers/lists';

/** Agent ids typed or chosen: digits only; refused with the field named otherwise. */
export function userIds(ids: string[], fail: (field: string, problem: string) => never): number[] {
	const bad = ids.find((id) => !/^\d+$/.test(id.trim()));
	if (bad !== undefined) fail('Agents', `must contain numeric agent IDs only; got "${bad}"`);
	return ids.map((id) => Number(id.trim()));
}

/** The participants as the server lists them (one agent per item). */
export async function listParticipants(tools: OperationTools, path: string): Promise<IDataObject[]> {
	const list = payloadOf(await tools.request({ method: 'GET', path }));
	return Array.isArray(list) ? list : [];
}
