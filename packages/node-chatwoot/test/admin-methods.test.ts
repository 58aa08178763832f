/**
 * Admin group: the list searches and dropdowns of the admin resources, wired into the node, and
 * the description invariants of the admin operations.
 */
import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions, INodeProperties } from 'n8n-workflow';
import { adminResources } from '../nodes/Chatwoot/actions';
import { Chatwoot } from '../nodes/Chatwoot/Chatwoot.node';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { loadOptionsContext, rl, run, useFake } from './harness';

const { fake, A } = useFake();
const node = new Chatwoot();
type Search = (this: ILoadOptionsFunctions, filter?: string, token?: string) => Promise<INodeListSearchResult>;
type Load = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;
const search = (name: string) => (node.methods.listSearch as unknown as Record<string, Search>)[name];
const load = (name: string) => (node.methods.loadOptions as unknown as Record<string, Load>)[name];
const ctx = (parameters = {}) => loadOptionsContext(fake, parameters) as unknown as ILoadOptionsFunctions;

const paths = () => fake.server.requests.map((r) => `${r.method} ${r.path}${r.rawQuery ? `?${decodeURIComponent(r.rawQuery)}` : ''}`);

describe('list searches', () => {
	it('searchAgentBots, searchLabels, searchCannedResponses: id values, filtered by name', async () => {
		const bots = await search('searchAgentBots').call(ctx());
		expect(bots.results).toEqual(fake.state.agentBots.filter((b) => b.account_id === fake.accountId || b.account_id === null).map((b) => ({ name: b.name, value: String(b.id) })));
		const labels = await search('searchLabels').call(ctx(), 'BUG');
		expect(labels.results).toEqual(fake.state.labelsOf(fake.accountId).filter((l) => l.title.includes('bug')).map((l) => ({ name: l.title, value: String(l.id) })));
		const canned = await search('searchCannedResponses').call(ctx(), 'refund');
		expect(canned.results.map((r) => r.value)).toEqual(fake.state.cannedResponses.filter((c) => `${c.short_code} · ${c.content}`.toLowerCase().includes('refund')).map((c) => String(c.id)));
		expect(paths()).toEqual([`GET ${A()}/agent_bots`, `GET ${A()}/labels`, `GET ${A()}/canned_responses`]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
	});

	it('searchCustomAttributes and searchCustomFilters ask for every model / type', async () => {
		const attributes = await search('searchCustomAttributes').call(ctx());
		expect(attributes.results.map((r) => r.value).sort()).toEqual(fake.state.customAttributeDefinitions.filter((d) => d.account_id === fake.accountId).map((d) => String(d.id)).sort());
		const filters = await search('searchCustomFilters').call(ctx(), 'urgent');
		expect(filters.results).toEqual([{ name: 'Urgent open (conversation)', value: String(fake.state.customFilters[0].id) }]);
		expect(paths().sort()).toEqual(
			[
				`GET ${A()}/custom_attribute_definitions?attribute_model=0`,
				`GET ${A()}/custom_attribute_definitions?attribute_model=1`,
				`GET ${A()}/custom_filters?filter_type=conversation`,
				`GET ${A()}/custom_filters?filter_type=contact`,
				`GET ${A()}/custom_filters?filter_type=report`,
			].sort(),
		);
	});

	it('searchAutomationRules, searchWebhooks, searchIntegrationApps, searchIntegrationHooks', async () => {
		const rules = await search('searchAutomationRules').call(ctx());
		expect(rules.results).toEqual(fake.state.automationRules.map((r) => ({ name: `${r.name} (${r.event_name})`, value: String(r.id) })));
		fake.state.createWebhook(fake.accountId, { url: 'https://example.com/a', name: 'Alpha', subscriptions: ['message_created'] });
		const hooks = await search('searchWebhooks').call(ctx(), 'alpha');
		expect(hooks.results).toEqual([{ name: 'Alpha (https://example.com/a)', value: String(fake.state.webhooks.at(-1)!.id) }]);
		const apps = await search('searchIntegrationApps').call(ctx(), 'dialog');
		expect(apps.results).toEqual([{ name: 'Dialogflow', value: 'dialogflow' }]);
		await run(fake, { resource: 'integrationHook', operation: 'create', appId: 'webhook', settings: '{"url":"https://example.com/x"}' });
		const integrationHooks = await search('searchIntegrationHooks').call(ctx());
		expect(integrationHooks.results.map((r) => r.value)).toEqual(fake.state.integrationHooks.map((h) => String(h.id)));
	});

	it('searchMacros, searchCampaigns, searchDashboardApps (extra routes)', async () => {
		await run(fake, { resource: 'macro', operation: 'create', name: 'Close', actions: '[{"action_name":"resolve_conversation"}]' });
		await run(fake, { resource: 'dashboardApp', operation: 'create', title: 'CRM', url: 'https://crm.example.com' });
		await run(fake, { resource: 'campaign', operation: 'create', title: 'Hello', inboxId: rl(fake.seeded!.inboxes.website), message: 'Hi' });
		expect((await search('searchMacros').call(ctx())).results.map((r) => r.name)).toEqual(['Close (personal)']);
		expect((await search('searchDashboardApps').call(ctx())).results.map((r) => r.name)).toEqual(['CRM']);
		expect((await search('searchCampaigns').call(ctx(), 'hel')).results.map((r) => r.name)).toEqual(['Hello']);
	});

	it('searchPortals gives slugs; searchCategories and searchArticles read the chosen portal', async () => {
		const portals = await search('searchPortals').call(ctx());
		expect(portals.results).toEqual(fake.state.portals.map((p) => ({ name: `${p.name} (${p.slug})`, value: p.slug })));
		const categories = await search('searchCategories').call(ctx({ portalSlug: rl('acme-help') }));
		expect(categories.results).toEqual(fake.state.categories.map((c) => ({ name: `${c.name} (${c.locale})`, value: String(c.id) })));
		fake.server.clearLog();
		const articles = await search('searchArticles').call(ctx({ portalSlug: rl('acme-help') }), 'invoice');
		// The same request as Article → Get Many with this search text.
		expect(paths()).toEqual([`GET ${A()}/portals/acme-help/articles?query=invoice&page=1`]);
		expect(articles.results).toEqual(fake.state.articles.filter((a) => a.title.toLowerCase().includes('invoice')).map((a) => ({ name: a.title, value: String(a.id) })));
		expect(articles.paginationToken).toBeUndefined();
		await expect(search('searchCategories').call(ctx())).rejects.toThrow('Choose a portal first');
	});
});

describe('dropdowns', () => {
	it('getLabelIds, getIntegrationApps, getPortalIds', async () => {
		expect(await load('getLabelIds').call(ctx())).toEqual(
			fake.state
				.labelsOf(fake.accountId)
				.map((l) => ({ name: l.title, value: String(l.id), description: l.description ?? undefined }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		);
		expect((await load('getIntegrationApps').call(ctx())).map((o) => o.value)).toContain('dialogflow');
		expect(await load('getPortalIds').call(ctx())).toEqual(fake.state.portals.map((p) => ({ name: p.name, value: String(p.id), description: p.slug })));
	});

	it('getCategoryIds and getArticleIds follow the portal, empty without one', async () => {
		const portalCtx = ctx({ portalSlug: rl('acme-help') });
		expect((await load('getCategoryIds').call(portalCtx)).map((o) => o.value)).toEqual(fake.state.categories.map((c) => String(c.id)));
		expect((await load('getArticleIds').call(portalCtx)).map((o) => o.value).sort()).toEqual(fake.state.articles.map((a) => String(a.id)).sort());
		fake.server.clearLog();
		expect(await load('getCategoryIds').call(ctx())).toEqual([]);
		expect(fake.server.requests).toHaveLength(0);
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
			const valid = Object.fromEntries(locators.map((f) => [f.name, rl(f.property.modes?.some((m) => m.validation) ? '1' : 'acme-help')]));
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
		if (c.numeric) attempts.push({ [c.field.name]: rl('abc') }, { [c.field.name]: rl('12/../../x') });
		for (const attempt of attempts) {
			fake.server.clearLog();
			const parameters: Record<string, unknown> = { ...base, ...c.valid, resource: c.resource, operation: c.operation, ...attempt };
			if (!(c.field.name in attempt)) delete parameters[c.field.name];
			const error = await run(fake, parameters as never).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toContain(`"${c.field.property.displayName}"`);
			expect(fake.server.requests).toHaveLength(0);
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
		const error = await run(fake, { resource, operation, portalSlug: rl('12/../../x'), categoryId: rl(1), articleId: rl(1), returnAll: true }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('404');
		expect(fake.server.requests).toHaveLength(1);
		expect(fake.server.requests[0].rawPath).toMatch(new RegExp(`^${A()}/portals/12%2F\\.\\.%2F\\.\\.%2Fx(/|$)`));
	});
});
