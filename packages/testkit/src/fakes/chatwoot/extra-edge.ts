/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Client-API behaviour the fake does not reproduce yet, installed on a started fake by
 * `installEdgeExtras(fake)` (written by the "edge" engineer; the fake's own files are untouched).
 *
 * | Route | What the real server does | Evidence |
 * |---|---|---|
 * | GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages | `MessageFinder` with `filter_internal_messages: true, before: params[:before]`: no `before` → the latest 20 (oldest first); `before=<id>` → the 20 with id < before (oldest first); private notes and activity messages (message_type 2) are left out | [C-code] upstream `app/controllers/public/api/v1/inboxes/messages_controller.rb` (`message_finder_params`) and `app/finders/message_finder.rb` (`messages_latest`, `messages_before`, `where.not('private = ? OR message_type = ?', true, 2)`) |
 *
 * The spec declares no query parameter on that operation; `before` (integer) is declared to the
 * fake's validator, which keeps checking every request. The route replaces the fake's own handler
 * for that path (it answers the whole list, including activity messages); the view is the fake's
 * own `public.messages.index` rendering, so the item shape stays the fake's.
 *
 * Spec tolerance: `PATCH …/messages/{message_id}` types `submitted_values` as an object (the CSAT
 * answer `{csat_survey_response}`), but the widget answers an options message with
 * `submittedValues: [selectedOption]` and a form with `[{name, value}, …]`, and the controller
 * permits `submitted_values: [:name, :title, :value]` (a hash or an array of hashes) [C-code]
 * upstream `app/javascript/widget/components/AgentMessageBubble.vue` (`onOptionSelect`,
 * `onFormSubmit`) and `public/api/v1/inboxes/messages_controller.rb` (`message_update_params`).
 * The validator accepts that array as an alternative.
 */
import type { Route } from '../../fake-server';
import { compileRoutes, type RouteDef, type Runtime } from './dsl';
import type { ChatwootFake } from './index';
import type { ChatwootState } from './store';
import { publicRoutes } from './routes/public';
import type { SpecOperation } from './spec-validator';

const MESSAGES = '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages';
const MESSAGE = `${MESSAGES}/{message_id}`;

/** An options or form answer: `[{title, value}]` / `[{name, value}]`. */
const SUBMITTED_ARRAY = {
	type: 'array',
	items: { type: 'object', properties: { name: { type: 'string' }, title: { type: 'string' }, value: {} } },
};
/** `MessageFinder` page size for `latest` and `before`. */
export const PUBLIC_MESSAGES_PER_PAGE = 20;

const installed = new WeakSet<object>();

function edgeRouteDefs(): RouteDef[] {
	const original = publicRoutes().find((d) => d.method === 'GET' && d.path === MESSAGES);
	if (!original) throw new Error('extra-edge: the fake has no public messages index to refine');
	return [
		{
			...original,
			name: 'public.messages.index',
			source: 'code',
			handle: async (ctx) => {
				// The fake's own view of every visible message, then MessageFinder's selection.
				const response = await original.handle(ctx);
				const all = (Array.isArray(response.body) ? response.body : []) as Array<Record<string, unknown>>;
				const ids = new Set(
					ctx.state.messages.filter((m) => !m.private && m.message_type !== 2).map((m) => m.id),
				);
				const visible = all.filter((m) => ids.has(Number(m.id))).sort((a, b) => Number(a.id) - Number(b.id));
				const before = ctx.int('before');
				const pool = before === undefined ? visible : visible.filter((m) => Number(m.id) < before);
				return { ...response, body: pool.slice(-PUBLIC_MESSAGES_PER_PAGE) };
			},
		},
	];
}

/** Lets `submitted_values` be the spec's object or an array of answers (on a copy of the schema). */
function acceptSubmittedArray(op: SpecOperation, resolve: (node: unknown) => any): void {
	const body = op.requestBody;
	const media = body?.content?.['application/json'];
	const schema = media?.schema ? resolve(media.schema) : undefined;
	const current = schema?.properties?.submitted_values;
	if (!body || !media || !current || current.anyOf) return;
	// The spec document is shared by every fake of the process: replace, never mutate.
	const widened = { ...schema, properties: { ...schema.properties, submitted_values: { anyOf: [current, SUBMITTED_ARRAY] } } };
	op.requestBody = { ...body, content: { ...body.content, 'application/json': { ...media, schema: widened } } };
}

/**
 * Serves the refined Client-API routes on `fake` (ahead of the fake's own route for the same path)
 * and declares their extra query parameters to its spec validator. Idempotent.
 */
export function installEdgeExtras(fake: ChatwootFake, options: { strictSpec?: boolean } = {}): void {
	if (installed.has(fake.server)) return;
	installed.add(fake.server);

	const validator = fake.validator;
	if (validator) {
		for (const op of validator.operations) {
			if (op.method === 'GET' && op.path === MESSAGES && !op.params.some((p) => p.in === 'query' && p.name === 'before')) {
				op.params.push({ name: 'before', in: 'query', required: false, schema: { type: 'integer' } });
			}
			if (op.method === 'PATCH' && op.path === MESSAGE) acceptSubmittedArray(op, validator.resolve.bind(validator));
		}
	}

	const runtime: Runtime = { state: fake.state, validator, strictSpec: options.strictSpec ?? true, conversationsPerPage: 25 };
	const routes = compileRoutes(edgeRouteDefs(), runtime);
	// First match wins in the framework: put the refined routes in front of the fake's own.
	const table = (fake.server as unknown as { routes: Array<{ route: Route<ChatwootState>; segments: string[]; label: string }> }).routes;
	for (const route of routes.reverse()) {
		fake.server.addRoute(route);
		table.unshift(table.pop()!);
	}
}
