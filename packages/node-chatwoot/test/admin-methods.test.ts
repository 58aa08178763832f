/**
 * Admin group: the list searches and dropdowns of the admin resources, wired into the node, and
 * the description invariants of the admin operations.
 */
import type { INodeProperties } from 'n8n-workflow';
import { adminResources } from '../nodes/Chatwoot/actions';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { byId, node, useChatwoot } from './harness';

const h = useChatwoot();

const paths = () => h.fake.requests.map((r) => `${r.method} ${r.path}${r.rawQuery ? `?${decodeURIComponent(r.rawQuery)}` : ''}`);

describe('list searches', () => {
	it('searchAgentBots, searchLabels, searchCannedResponses: id values, filtered by name', async () => {
		const bots = await h.listSearch('searchAgentBots');
		expect(bots.results).toEqual(h.fake.state.agentBots.filter((b) => b.account_id === h.fake.accountId || b.account_id === null).map((b) => ({ name: b.name, value: String(b.id) })));
		const labels = await h.listSearch('searchLabels', 'BUG');
		expect(labels.results).toEqual(h.fake.state.labelsOf(h.fake.accountId).filter((l) => l.title.includes('bug')).map((l) => ({ name: l.title, value: String(l.id) })));
		const canned = await h.listSearch('searchCannedResponses', 'refund');
		expect(canned.results.map((r) => r.value)).toEqual(h.fake.state.cannedResponses.filter((c) => `${c.short_code} · ${c.content}`.toLowerCase().includes('refund')).map((c) => String(c.id)));
		expect(paths()).toEqual([`GET ${h.A()}/agent_bots`, `GET ${h.A()}/labels`, `GET ${h.A()}/canned_responses`]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
	});

	it('searchCustomAttributes and searchCustomFilters ask for every model / type', async () => {
		const attributes = await h.listSearch('searchCustomAttributes');
		expect(attributes.results.map((r) => r.value).sort()).toEqual(h.fake.state.customAttributeDefinitions.filter((d) => d.account_id === h.fake.accountId).map((d) => String(d.id)).sort());
		const filters = await h.listSearch('searchCustomFilters', 'urgent');
		expect(filters.results).toEqual([{ name: 'Urgent open (conversation)', value: String(h.fake.state.customFilters[0].id) }]);
		expect(paths().sort()).toEqual(
			[
				`GET ${h.A()}/custom_attribute_definitions?attribute_model=0`,
				`GET ${h.A()}/custom_attribute_definitions?attribute_model=1`,
				`GET ${h.A()}/custom_filters?filter_type=conversation`,
				`GET ${h.A()}/custom_filters?filter_type=contact`,
				`GET ${h.A()}/custom_filters?filter_type=report`,
			].sort(),
		);
	});

	it('searchAutomationRules, searchWebhooks, searchIntegrationApps, searchIntegrationHooks', async () => {
		const rules = await h.listSearch('searchAutomationRules');
		expect(rules.results).toEqual(h.fake.state.automationRules.map((r) => ({ name: `${r.name} (${r.event_name})`, value: String(r.id) })));
		h.fake.state.createWebhook(h.fake.accountId, { url: 'https://example.com/a', name: 'Alpha', subscriptions: ['message_created'] });
		const hooks = await h.listSearch('searchWebhooks', 'alpha');
		expect(hooks.results).toEqual([{ name: 'Alpha (https://example.com/a)', value: String(h.fake.state.webhooks.at(-1)!.id) }]);
		const apps = await h.listSearch('searchIntegrationApps', 'dialog');
		expect(apps.results).toEqual([{ name: 'Dialogflow', value: 'dialogflow' }]);
		await h.run({ resource: 'integrationHook', operation: 'create', appId: 'webhook', settings: '{"url":"https://example.com/x"}' });
		const integrationHooks = await h.listSearch('searchIntegrationHooks');
		expect(integrationHooks.results.map((r) => r.value)).toEqual(h.fake.state.integrationHooks.map((h) => String(h.id)));
	});

	it('searchMacros, searchCampaigns, searchDashboardApps (extra routes)', async () => {
		await h.run({ resource: 'macro', operation: 'create', name: 'Close', actions: '[{"action_name":"resolve_conversation"}]' });
		await h.run({ resource: 'dashboardApp', operation: 'create', title: 'CRM', url: 'https://crm.example.com' });
		await h.run({ resource: 'campaign', operation: 'create', title: 'Hello', inboxId: byId(h.fake.seeded!.inboxes.website), message: 'Hi' });
		expect((await h.listSearch('searchMacros')).results.map((r) => r.name)).toEqual(['Close (personal)']);
		expect((await h.listSearch('searchDashboardApps')).results.map((r) => r.name)).toEqual(['CRM']);
		expect((await h.listSearch('searchCampaigns', 'hel')).results.map((r) => r.name)).toEqual(['Hello']);
	});

	it('searchPortals gives slugs; searchCategories and searchArticles read the chosen portal', async () => {
		const portals = await h.listSearch('searchPortals');
		expect(portals.results).toEqual(h.fake.state.portals.map((p) => ({ name: `${p.name} (${p.slug})`, value: p.slug })));
		const categories = await h.listSearch('searchCategories', undefined, undefined, { resource: 'category', operation: 'get', portalSlug: byId('acme-help') });
		expect(categories.results).toEqual(h.fake.state.categories.map((c) => ({ name: `${c.name} (${c.locale})`, value: String(c.id) })));
		h.fake.clearLog();
		const articles = await h.listSearch('searchArticles', 'invoice', undefined, { resource: 'article', operation: 'get', portalSlug: byId('acme-help') });
		// The same request as Article → Get Many with this search text.
		expect(paths()).toEqual([`GET ${h.A()}/portals/acme-help/articles?query=invoice&page=1`]);
		expect(articles.results).toEqual(h.fake.state.articles.filter((a) => a.title.toLowerCase().includes('invoice')).map((a) => ({ name: a.title, value: String(a.id) })));
		expect(articles.paginationToken).toBeUndefined();
		await expect(h.listSearch('searchCategories')).rejects.toThrow('Choose a portal first');
	});
});

describe('dropdowns', () => {
	it('getLabelIds, getIntegrationApps, getPortalIds', async () => {
		expect(await h.loadOptions('getLabelIds')).toEqual(
			h.fake.state
				.labelsOf(h.fake.accountId)
				.map((l) => ({ name: l.title, value: String(l.id), description: l.description ?? undefined }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		);
		expect((await h.loadOptions('getIntegrationApps')).map((o) => o.value)).toContain('dialogflow');
		expect(await h.loadOptions('getPortalIds')).toEqual(h.fake.state.portals.map((p) => ({ name: p.name, value: String(p.id), description: p.slug })));
	});

	it('getCategoryIds and getArticleIds follow the portal, empty without one', async () => {
		// The editor sends the node's parameters: the portal is there once an operation that has it is chosen.
		const portal = { resource: 'category', operation: 'create', portalSlug: byId('acme-help') };
		expect((await h.loadOptions('getCategoryIds', portal)).map((o) => o.value)).toEqual(h.fake.state.categories.map((c) => String(c.id)));
		expect((await h.loadOptions('getArticleIds', { ...portal, resource: 'article' })).map((o) => o.value).sort()).toEqual(h.fake.state.articles.map((a) => String(a.id)).sort());
		h.fake.clearLog();
		expect(await h.loadOptions('getCategoryIds')).toEqual([]);
		expect(h.fake.requests).toHaveLength(0);
	});
});

describe('descriptions', () => {
	const props = node.description.properties;
	const declared = new Set([...Object.keys(node.methods.listSearch), ...Object.keys(node.methods.loadOptions)]);

	it('every admin resource is in the Resource dropdown and every operation has an action', () => {
		const resourceValues = (props.find((p) => p.name === 'resource')!.options as Array<{ value: string }>).map((o) => o.value);
		for (const r of adminResources) {
			expect(resourceValues).toContain(r.value);
			for (const op of r.operations) {
				expect(op.resource).toBe(r.value);
				expect(op.action.length).toBeGreaterThan(5);
			}
		}
		expect(adminResources.reduce((n, r) => n + r.operations.length, 0)).toBeGreaterThanOrEqual(90);
	});

	it('every list search and dropdown the admin fields name exists on the node', () => {
		const walk = (list: INodeProperties[]): string[] =>
			list.flatMap((p) => [
				...((p.modes ?? []).map((m) => m.typeOptions?.searchListMethod).filter(Boolean) as string[]),
				...(p.typeOptions?.loadOptionsMethod ? [p.typeOptions.loadOptionsMethod] : []),
				...walk(((p.options ?? []) as INodeProperties[]).filter((o) => typeof o === 'object' && 'type' in o)),
			]);
		const adminValues = new Set(adminResources.map((r) => r.value));
		const used = walk(props.filter((p) => (p.displayOptions?.show?.resource ?? []).some((v) => adminValues.has(String(v)))));
		expect(new Set(used).size).toBeGreaterThan(20);
		for (const method of used) expect(declared).toContain(method);
	});
});

describe('ids of every admin operation', () => {
	// Every locator field of every admin operation: missing, non-numeric and path-like values are
	// refused before any request; other required fields are given so that the id is what fails.
	const base = { title: 'T', content: 'C', name: 'N', locale: 'en', message: 'M' };
	const cases = adminResources.flatMap((r) =>
		r.operations.flatMap((op) => {
			const locators = op.fields.filter((f) => f.property.type === 'resourceLocator');
			const valid = Object.fromEntries(locators.map((f) => [f.name, byId(f.property.modes?.some((m) => m.validation) ? '1' : 'acme-help')]));
			return locators.map((f) => ({
				label: `${r.value}.${op.operation} ${f.name}`,
				resource: r.value,
				operation: op.operation,
				field: f,
				valid,
				numeric: Boolean(f.property.modes?.some((m) => m.validation)),
			}));
		}),
	);

	it('covers the locators of the admin operations', () => {
		expect(cases.length).toBeGreaterThan(60);
	});

	it.each(cases.map((c) => [c.label, c] as const))('%s: missing, non-numeric and "12/../../x" are refused', async (_label, c) => {
		const attempts: Array<Record<string, unknown>> = [{}];
		if (c.numeric) attempts.push({ [c.field.name]: byId('abc') }, { [c.field.name]: byId('12/../../x') });
		for (const attempt of attempts) {
			h.fake.clearLog();
			const parameters: Record<string, unknown> = { ...base, ...c.valid, resource: c.resource, operation: c.operation, ...attempt };
			if (!(c.field.name in attempt)) delete parameters[c.field.name];
			const error = await h.runError(parameters as never);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toContain(`"${c.field.property.displayName}"`);
			expect(h.fake.requests).toHaveLength(0);
		}
	});

	it.each([
		['portal', 'get'],
		['portal', 'delete'],
		['category', 'getAll'],
		['category', 'get'],
		['category', 'delete'],
		['article', 'getAll'],
		['article', 'get'],
		['article', 'delete'],
	])('%s.%s: a portal slug like "12/../../x" stays one encoded segment and 404s', async (resource, operation) => {
		const error = await h.runError({ resource, operation, portalSlug: byId('12/../../x'), categoryId: byId(1), articleId: byId(1), returnAll: true });
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('404');
		expect(h.fake.requests).toHaveLength(1);
		expect(h.fake.requests[0].rawPath).toMatch(new RegExp(`^${h.A()}/portals/12%2F\\.\\.%2F\\.\\.%2Fx(/|$)`));
	});
});
