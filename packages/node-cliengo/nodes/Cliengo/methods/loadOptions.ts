import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { collectList, platformFetch } from '@leadchat/core';
import { siteList, userList } from '../helpers/lists';
import { cliengo } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** Every site of the account, for Site dropdowns. */
export async function getSites(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const sites = await collectList(platformFetch(this, cliengo), siteList, {}, { returnAll: true });
	return sites.map((s) => ({ name: String(s.title ?? s.url ?? s.id), value: String(s.id), description: String(s.url ?? '') })).sort(byName);
}

/** Every user of the account, for Assigned To dropdowns. */
export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const users = await collectList(platformFetch(this, cliengo), userList, {}, { returnAll: true });
	return users.map((u) => ({ name: String(u.name ?? u.email ?? u.id), value: String(u.id), description: String(u.email ?? '') })).sort(byName);
}

/** The users plus "Unassigned" (Cliengo's UNASSIGNED value), for changing an assignment. */
export async function getAssignees(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [{ name: 'Unassigned', value: 'UNASSIGNED', description: 'Remove the assignment' }, ...(await getUsers.call(this))];
}
