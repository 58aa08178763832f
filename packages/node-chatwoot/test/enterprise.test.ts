/**
 * Enterprise-only routes: the transport's short list (nodes/Chatwoot/transport/enterprise.ts) says
 * the same as the route census for every account route, and against a fake that behaves as a
 * Community Edition server (404 page on those routes) the node says the feature needs Chatwoot
 * Enterprise or Cloud; a missing record on an Enterprise route, and any 404 elsewhere, keep
 * Chatwoot's own message.
 */
import { ENTERPRISE_404, isEnterpriseRoute } from '../nodes/Chatwoot/transport/enterprise';
import { endpoints, recognise } from './census';
import { byId, jsonOf, useChatwoot } from './harness';

const ACCOUNT = '/api/v1/accounts/:account_id';
/** A concrete path of a census pattern: each `:param` segment becomes `7`. */
const concrete = (pattern: string) => pattern.replace(/:[a-z_]+/g, '7');

describe('the transport knows the Enterprise routes of the census', () => {
	const accountRoutes = endpoints.filter((e) => e.path.startsWith(`${ACCOUNT}/`));

	it.each(accountRoutes.flatMap((e) => e.verbs.map((verb) => [verb, e.path, e.ee] as const)))('%s %s → Enterprise-only: %s', (verb, pattern, ee) => {
		const path = concrete(pattern);
		// The concrete path is routed to this very endpoint (no earlier pattern takes it).
		expect(recognise(verb, path)?.path).toBe(pattern);
		expect(isEnterpriseRoute(verb, path.slice(concrete(ACCOUNT).length))).toBe(ee);
	});

	it('all but the billing routes (no family of the node reaches /enterprise/api/v1) are account routes', () => {
		expect(endpoints.filter((e) => e.ee && !e.path.startsWith(`${ACCOUNT}/`)).map((e) => e.family)).toEqual(Array(7).fill('Enterprise (billing)'));
	});
});

describe('a Community Edition server', () => {
	const h = useChatwoot({ communityEdition: (method, path) => recognise(method, path)?.ee === true });

	it('answers an Enterprise route with its 404 page; the node says the feature needs Enterprise or Cloud', async () => {
		await h.apiError({ resource: 'auditLog', operation: 'getAll', returnAll: true }, 404, ENTERPRISE_404);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/audit_logs`, query: { page: '1' } }]);
	});

	it('a Community route that fails 404 keeps Chatwoot\'s message', async () => {
		await h.apiError({ resource: 'contact', operation: 'get', contactId: byId(999999) }, 404, 'Resource could not be found');
	});

	it('a list search of an Enterprise list (the Company locator) says so too: every request of the node goes through one message', async () => {
		const error = await h.listSearch('searchCompanies').then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toBe(ENTERPRISE_404);
		expect(h.requests().map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${h.A()}/companies`]);
	});

	it('Community routes still work', async () => {
		const items = await h.run({ resource: 'label', operation: 'getAll', returnAll: true });
		expect(items.length).toBeGreaterThan(0);
	});
});

describe('an Enterprise server (the fake by default)', () => {
	const h = useChatwoot();

	it('serves the Enterprise route', async () => {
		const items = await h.run({ resource: 'auditLog', operation: 'getAll', returnAll: false, limit: 1 });
		expect(jsonOf(items)).toHaveLength(1);
	});

	it('a missing record on an Enterprise route keeps Chatwoot\'s record-not-found message', async () => {
		await h.apiError({ resource: 'conversation', operation: 'getReportingEvents', conversationId: byId(999999) }, 404, 'Resource could not be found');
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/conversations/999999/reporting_events`, query: {} }]);
	});
});
