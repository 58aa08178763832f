import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { collectList, platformFetch } from '@leadchat/core';
import { operatorsList } from '../lists';
import { chaport } from '../transport';

const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** Operators: "Name <email>" → id, sorted by name. */
export async function getOperators(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const operators = await collectList(platformFetch(this, chaport), operatorsList, {}, { returnAll: true });
	return operators
		.map((o) => ({ name: `${text(o.name) || text(o.id)}${o.email ? ` <${text(o.email)}>` : ''}`, value: text(o.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
