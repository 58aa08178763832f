/**
 * Issue 13, items 1 and 2: the Account is a resource locator standing right after the Operation
 * (its list loads only when opened, so a fresh node shows no "Error fetching options"), it takes
 * the plain id of earlier workflows and the locator value alike, and the Platform API and the
 * Client API are their own nodes, each with one credential.
 */
import { NodeOperationError, type INodeProperties, type INodeType } from 'n8n-workflow';
import { clientResources, platformResources, resources } from '../nodes/Chatwoot/actions';
import { nodes, useChatwoot } from './harness';

const props = (n: INodeType) => n.description.properties;
const resourceValues = (n: INodeType) => (props(n).find((p) => p.name === 'resource')!.options as Array<{ value: string }>).map((o) => o.value);

/** The properties shown for one resource and operation, in form order (top-level show/hide on resource and operation only). */
function form(n: INodeType, resource: string, operation: string): INodeProperties[] {
	return props(n).filter((p) => {
		const show = p.displayOptions?.show ?? {};
		const hide = p.displayOptions?.hide ?? {};
		if (show.resource && !show.resource.includes(resource)) return false;
		if (show.operation && !show.operation.includes(operation)) return false;
		if (hide.resource?.includes(resource)) return false;
		return true;
	});
}
const defaultOperation = (n: INodeType, resource: string) => props(n).find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource))!.default as string;

describe('the three action nodes', () => {
	it('Chatwoot keeps what an agent or administrator of an account uses, with only the Chatwoot API credential', () => {
		const d = nodes.chatwoot.description;
		expect(resourceValues(nodes.chatwoot)).toEqual(resources.map((r) => r.value));
		expect(resourceValues(nodes.chatwoot).filter((v) => /^(platform|public)|^csatSurvey$/.test(v))).toEqual([]);
		expect(resourceValues(nodes.chatwoot)).toHaveLength(46);
		expect(d.credentials).toEqual([{ name: 'leadchatChatwootApi', required: true }]);
	});

	it('Chatwoot Platform: the four Platform API resources, the Platform API credential only, no Account', () => {
		const d = nodes.platform.description;
		expect({ name: d.name, displayName: d.displayName, usableAsTool: d.usableAsTool, icon: d.icon }).toEqual({
			name: 'chatwootPlatform',
			displayName: 'Chatwoot Platform',
			usableAsTool: true,
			icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		});
		expect(resourceValues(nodes.platform)).toEqual(['platformAccount', 'platformAccountUser', 'platformAgentBot', 'platformUser']);
		expect(platformResources.map((r) => r.value)).toEqual(resourceValues(nodes.platform));
		expect(d.credentials).toEqual([{ name: 'leadchatChatwootPlatformApi', required: true }]);
		expect(props(nodes.platform).filter((p) => p.name === 'accountId')).toEqual([]);
	});

	it('Chatwoot Client API: the five Client API resources, the Client API credential only, no Account, no Inbox Identifier field', () => {
		const d = nodes.client.description;
		expect({ name: d.name, displayName: d.displayName, usableAsTool: d.usableAsTool, icon: d.icon }).toEqual({
			name: 'chatwootClient',
			displayName: 'Chatwoot Client API',
			usableAsTool: true,
			icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		});
		expect(resourceValues(nodes.client)).toEqual(['publicInbox', 'publicContact', 'publicConversation', 'publicMessage', 'csatSurvey']);
		expect(clientResources.map((r) => r.value)).toEqual(resourceValues(nodes.client));
		expect(d.credentials).toEqual([{ name: 'leadchatChatwootClientApi', required: true }]);
		expect(props(nodes.client).filter((p) => p.name === 'accountId' || p.name === 'inboxIdentifier')).toEqual([]);
	});

	it('no resource is in two nodes, and every resource is in one', () => {
		const all = [...resources, ...platformResources, ...clientResources].map((r) => r.value);
		expect(new Set(all).size).toBe(all.length);
		expect(all).toHaveLength(55);
	});
});

describe('the Account locator of the Chatwoot node', () => {
	it('stands right after the Operation for every resource but Profile (which has no account)', () => {
		for (const resource of resourceValues(nodes.chatwoot)) {
			const names = form(nodes.chatwoot, resource, defaultOperation(nodes.chatwoot, resource)).map((p) => p.name);
			expect({ resource, first: names.slice(0, 3) }).toEqual({ resource, first: resource === 'profile' ? ['resource', 'operation', names[2]] : ['resource', 'operation', 'accountId'] });
			if (resource === 'profile') expect(names).not.toContain('accountId');
		}
	});

	it('is a resource locator (From List through searchAccounts, By ID numeric), optional, empty by default', () => {
		const account = props(nodes.chatwoot).find((p) => p.name === 'accountId')!;
		expect(account).toMatchObject({ displayName: 'Account', type: 'resourceLocator', default: { mode: 'list', value: '' } });
		expect(account.required).toBeUndefined();
		expect(account.modes).toEqual([
			expect.objectContaining({ name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchAccounts', searchable: true } }),
			expect.objectContaining({ name: 'id', type: 'string', validation: [{ type: 'regex', properties: { regex: '^\\d*$', errorMessage: 'Use a numeric account ID' } }] }),
		]);
		expect(typeof nodes.chatwoot.methods?.listSearch?.searchAccounts).toBe('function');
	});

	it("a fresh node's form (first resource, its default operation) has no dropdown that loads options", () => {
		for (const n of [nodes.chatwoot, nodes.platform, nodes.client]) {
			const [first] = resourceValues(n);
			const loading = form(n, first, defaultOperation(n, first)).filter((p) => p.typeOptions?.loadOptionsMethod !== undefined);
			expect({ node: n.description.name, loading }).toEqual({ node: n.description.name, loading: [] });
		}
	});
});

describe('the account a request goes to', () => {
	const h = useChatwoot({ each: true });
	const get = (accountId?: unknown) => ({ resource: 'account', operation: 'get', ...(accountId === undefined ? {} : { accountId }) });
	/** Alice (the credential's user) also joins the second account, so that it can be chosen. */
	const joinOther = () => {
		h.fake.state.addUserToAccount(h.fake.seeded!.otherAccountId, h.fake.seeded!.users.alice, 'administrator');
		return h.fake.seeded!.otherAccountId;
	};

	it("empty (the locator's default, a blank one, or no parameter at all): the credential's default account", async () => {
		for (const value of [undefined, { __rl: true, mode: 'list', value: '' }, { __rl: true, mode: 'id', value: '  ' }, '']) {
			h.fake.clearLog();
			const items = await h.run(get(value));
			expect(h.requests().map((r) => `${r.method} ${r.path}`)).toEqual([`GET /api/v1/accounts/${h.fake.accountId}`]);
			expect(items.map((i) => i.json.id)).toEqual([h.fake.accountId]);
		}
	});

	it('a locator value (From List or By ID) and the plain id of earlier workflows reach the same account', async () => {
		const other = joinOther();
		for (const value of [{ __rl: true, mode: 'list', value: String(other), cachedResultName: 'Globex' }, { __rl: true, mode: 'id', value: String(other) }, String(other), other]) {
			h.fake.clearLog();
			const items = await h.run(get(value));
			expect(h.requests().map((r) => `${r.method} ${r.path}`)).toEqual([`GET /api/v1/accounts/${other}`]);
			expect(items.map((i) => ({ id: i.json.id, name: i.json.name }))).toEqual([{ id: other, name: 'Globex' }]);
		}
		// Reports (API v2) take the same account.
		h.fake.clearLog();
		await h.run({ resource: 'report', operation: 'getAccountConversationMetrics', accountId: { __rl: true, mode: 'id', value: String(other) } });
		expect(h.requests().map((r) => `${r.path}?${new URLSearchParams(r.query as Record<string, string>).toString()}`)).toEqual([`/api/v2/accounts/${other}/reports/conversations?type=account`]);
	});

	it('a bad id, plain or in a locator, is a NodeOperationError naming the item and the field, before any request', async () => {
		for (const value of ['abc', { __rl: true, mode: 'id', value: '12x' }, { __rl: true, mode: 'id', value: '../1' }, '-3']) {
			const error = await h.runError(get(value));
			expect(error).toBeInstanceOf(NodeOperationError);
			const shown = typeof value === 'object' ? value.value : value;
			expect(error.message).toBe(`Item 1: "Account" must be a numeric ID, got "${shown}"`);
			expect(h.fake.requests).toHaveLength(0);
		}
	});
});
