/**
 * Runs every operation of the three Chatwoot action nodes once against the fake Chatwoot, with the
 * least parameters n8n would let a user save: each required field visible for the operation gets a
 * plain value of its type (id `1`, the first option, `{}` for JSON), everything else keeps the
 * node's default. Whether the call succeeds does not matter here (id 1 may not exist); what the
 * operation sent does: every request the fake saw, per operation.
 *
 * An optional id field (name ending in `Id`) gets id `1` too, for operations that need one only
 * for some of their choices. An operation whose own checks still refuse those values sends nothing
 * (the coverage test fails and names it); `PARAMETERS` gives it values that pass (key
 * `node:resource:operation`).
 */
import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';
import { createChatwootFake, nodeHarness, prepareBinaryData } from '@leadchat/testkit';
import { ChatwootCaptain } from '../nodes/ChatwootCaptain/ChatwootCaptain.node';
import { credentialsFor, credentialTypes, nodes } from './harness';

/**
 * Every action node of the package: the harness's three, and Chatwoot Captain (unless the harness
 * lists it already).
 */
const captain = new ChatwootCaptain();
export const actionNodes: Record<string, INodeType> = { ...nodes };
if (!Object.values(nodes).some((n) => n.description.name === captain.description.name)) actionNodes.captain = captain;

export type NodeKey = string;

export interface DrivenOperation {
	node: NodeKey;
	resource: string;
	operation: string;
	/** The operation's description as the editor shows it. */
	description: string;
	requests: Array<{ method: string; path: string }>;
	/** The error the run ended with, if any (a 404 for id 1 is fine). */
	error?: string;
}

const byId1 = (value: string) => ({ __rl: true, mode: 'id', value });
const condition = JSON.stringify([{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null }]);
const action = JSON.stringify([{ action_name: 'add_label', action_params: ['vip'] }]);

/** Values for operations whose checks refuse the generic ones (a node adding such an operation adds its line). */
const PARAMETERS: Record<string, IDataObject> = {
	'chatwoot:contact:create': { name: 'Ann' },
	'chatwoot:contact:createOrUpdate': { email: 'ann@example.com' },
	'chatwoot:contact:filter': { filterMode: 'json', filterJson: JSON.stringify([{ attribute_key: 'email', filter_operator: 'contains', values: ['a'] }]) },
	'chatwoot:contact:merge': { baseContactId: byId1('1'), mergeeContactId: byId1('2') },
	'chatwoot:conversation:filter': { filterMode: 'json', filterJson: condition },
	'chatwoot:message:create': { content: 'Hello' },
	'chatwoot:automationRule:create': { eventName: 'conversation_created', conditions: condition, actions: action },
	'chatwoot:macro:create': { actions: action },
	'chatwoot:brandedEmailLayout:update': { layout: '<div>{{ content_for_layout }}</div>' },
};

const shows = (p: INodeProperties, resource: string, operation: string) => {
	const show = p.displayOptions?.show ?? {};
	const r = show.resource as unknown[] | undefined;
	const o = show.operation as unknown[] | undefined;
	return (r === undefined || r.includes(resource)) && (o === undefined || o.includes(operation)) && (r !== undefined || o !== undefined);
};

function plainValue(p: INodeProperties): IDataObject[string] {
	switch (p.type) {
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: '1' };
		case 'options': {
			const first = (p.options as Array<{ value: string }> | undefined)?.[0];
			return first !== undefined ? first.value : '1';
		}
		case 'multiOptions': {
			const first = (p.options as Array<{ value: string }> | undefined)?.[0];
			return [first !== undefined ? first.value : '1'];
		}
		case 'number':
			return 1;
		case 'boolean':
			return true;
		case 'json':
			return '{}';
		case 'dateTime':
			return '2030-01-01T00:00:00Z';
		case 'string':
			return /email/i.test(p.name) ? 'someone@example.com' : /url|link/i.test(p.name) ? 'https://example.com/' : '1';
		default:
			return p.default as IDataObject[string];
	}
}

/** Every resource/operation pair of a node, with the operation's description. */
export function operationsOf(node: INodeType): Array<{ resource: string; operation: string; description: string }> {
	const out: Array<{ resource: string; operation: string; description: string }> = [];
	for (const p of node.description.properties) {
		if (p.name !== 'operation' || p.type !== 'options') continue;
		const resources = (p.displayOptions?.show?.resource as string[] | undefined) ?? [];
		for (const resource of resources) {
			for (const option of (p.options ?? []) as Array<{ value: string; description?: string }>) out.push({ resource, operation: option.value, description: option.description ?? '' });
		}
	}
	return out;
}

/** The minimal parameters of one operation (before `PARAMETERS`). */
export function minimalParameters(node: INodeType, resource: string, operation: string): IDataObject {
	const parameters: IDataObject = { resource, operation };
	for (const p of node.description.properties) {
		if (p.name === 'resource' || p.name === 'operation' || !shows(p, resource, operation)) continue;
		const empty = p.default === '' || p.default === undefined || p.default === null || (typeof p.default === 'object' && Object.keys(p.default as object).length === 0);
		// Required fields, and the ids an operation may need for one of its choices (e.g. a conversation).
		if ((p.required && (empty || p.type === 'resourceLocator')) || (!p.required && empty && /Id$/.test(p.name) && ['string', 'number', 'resourceLocator'].includes(p.type)))
			parameters[p.name] = plainValue(p);
	}
	// "Update Fields" needs one field to change: its name (or title), else its first.
	for (const p of node.description.properties) {
		if (p.type !== 'collection' || !/^update/i.test(p.name) || !shows(p, resource, operation)) continue;
		const options = (p.options as INodeProperties[] | undefined) ?? [];
		const first = options.find((o) => /^(name|title)$/.test(o.name)) ?? options[0];
		if (first) parameters[p.name] = { [first.name]: plainValue(first) };
	}
	return parameters;
}

function testFake() {
	const fake = createChatwootFake({ seed: true, validateSpec: false });
	return Object.assign(fake, {
		get requests() {
			return fake.server.requests;
		},
		clearLog: () => fake.server.clearLog(),
	});
}

/** Runs every operation of every action node (`actionNodes`), one fake per node; the result is read after the runs. */
export function driveAllOperations(): () => DrivenOperation[] {
	const driven: DrivenOperation[] = [];
	for (const [key, node] of Object.entries(actionNodes)) {
		describe(`drive ${key}`, () => {
			// No spec validation: the requests are what is looked at, and id 1 or `{}` may not satisfy the spec.
			const h = nodeHarness({ node, fake: () => testFake(), credentials: (fake) => credentialsFor(fake), credentialTypes: credentialTypes() });
			for (const { resource, operation, description } of operationsOf(node)) {
				it(`${resource}:${operation}`, async () => {
					const fake = h.fake;
					fake.clearLog();
					let error: string | undefined;
					try {
						// The input item carries a small file as binary property `data` (n8n's default name), for operations that send one.
						const items = [{ json: {}, binary: { data: await prepareBinaryData(Buffer.from('name,email\nAnn,ann@example.com\n'), 'data.csv', 'text/csv') } }];
						await h.run({ ...minimalParameters(node, resource, operation), ...(PARAMETERS[`${key}:${resource}:${operation}`] ?? {}) }, { items });
					} catch (e) {
						error = (e as Error).message;
					}
					driven.push({ node: key, resource, operation, description, requests: fake.requests.map((r) => ({ method: r.method, path: r.path })), ...(error !== undefined ? { error } : {}) });
				});
			}
		});
	}
	return () => driven;
}
