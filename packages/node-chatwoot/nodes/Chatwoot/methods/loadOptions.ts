import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { chatwootRequest } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** The accounts the token belongs to (from the profile), plus "the credential's default". */
export async function getAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/profile', family: 'root' });
	const accounts = (((body ?? {}) as IDataObject).accounts ?? []) as IDataObject[];
	return [
		{ name: "Credential's Default Account", value: '' },
		...accounts.map((a) => ({ name: `${a.name} (${a.id})`, value: String(a.id) })).sort(byName),
	];
}

export async function getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/labels' });
	const labels = (((body ?? {}) as IDataObject).payload ?? []) as IDataObject[];
	return labels.map((l) => ({ name: String(l.title), value: String(l.title), description: (l.description as string) || undefined })).sort(byName);
}

export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/agents' });
	return ((body ?? []) as IDataObject[]).map((a) => ({ name: String(a.available_name ?? a.name), value: String(a.id), description: String(a.email ?? '') })).sort(byName);
}

export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/teams' });
	return ((body ?? []) as IDataObject[]).map((t) => ({ name: String(t.name), value: String(t.id) })).sort(byName);
}

export async function getInboxes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/inboxes' });
	const inboxes = (((body ?? {}) as IDataObject).payload ?? []) as IDataObject[];
	return inboxes.map((i) => ({ name: String(i.name), value: String(i.id), description: String(i.channel_type ?? '') })).sort(byName);
}
