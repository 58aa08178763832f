/**
 * Which requests of the account API reach a route only Chatwoot's Enterprise edition serves
 * (relative to /api/v1/accounts/{id}; the route-coverage test checks this list against the route
 * census, endpoint by endpoint). A Community Edition server answers them 404.
 */

/** Every route under these paths is Enterprise-only. */
const SUBTREES = [
	'captain/assistants',
	'captain/assistant_responses',
	'captain/bulk_actions',
	'captain/copilot_threads',
	'captain/custom_tools',
	'captain/documents',
	'captain/message_reports',
	'agent_capacity_policies',
	'applied_slas',
	'audit_logs',
	'calls',
	'companies',
	'custom_roles',
	'reporting_events',
	'saml_settings',
	'sla_policies',
	'whatsapp_calls',
];

/** Single Enterprise-only routes beside Community ones: `VERB pattern`, `:x` for one segment. */
const ROUTES = [
	'GET conversations/:id/inbox_assistant',
	'GET conversations/:id/reporting_events',
	'POST contacts/:id/call',
	'PATCH csat_survey_responses/:id',
	'POST inboxes/:id/enable_whatsapp_calling',
	'POST inboxes/:id/disable_whatsapp_calling',
	'POST inboxes/:id/set_inbound_calls',
	'GET inboxes/:id/conference/token',
	'POST inboxes/:id/conference',
	'DELETE inboxes/:id/conference',
	'GET portals/:id/ssl_status',
].map((route) => {
	const [verb, pattern] = route.split(' ');
	return { verb, segments: pattern.split('/') };
});

const segmentsOf = (path: string) => path.split('/').filter((s) => s !== '');

/** Whether `method path` (path relative to the account prefix) is an Enterprise-only route. */
export function isEnterpriseRoute(method: string, path: string): boolean {
	const parts = segmentsOf(path);
	const joined = parts.join('/');
	if (SUBTREES.some((tree) => joined === tree || joined.startsWith(`${tree}/`))) return true;
	const verb = method.toUpperCase();
	return ROUTES.some((r) => r.verb === verb && r.segments.length === parts.length && r.segments.every((s, i) => s.startsWith(':') || s === parts[i]));
}

/** Chatwoot's answer when a record does not exist (ActiveRecord::RecordNotFound): not an edition problem. */
const RECORD_NOT_FOUND = 'Resource could not be found';

export const ENTERPRISE_404 = 'This feature needs Chatwoot Enterprise or Chatwoot Cloud (the server answered 404, as a Community Edition server does)';

/**
 * The message of a failed Enterprise-only request: a 404 that is not Chatwoot's record-not-found
 * answer says the edition is missing; anything else keeps the server's own message (undefined).
 */
export function enterpriseMessage(body: unknown, status: number): string | undefined {
	if (status !== 404) return undefined;
	if (body !== null && typeof body === 'object' && (body as { error?: unknown }).error === RECORD_NOT_FOUND) return undefined;
	return ENTERPRISE_404;
}
