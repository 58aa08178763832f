/**
 * Captain (Chatwoot's AI): the Enterprise assistants, their inboxes and scenarios, FAQs (assistant
 * responses) and documents, and the AI tasks on conversations. Not in the spec; routes, parameters,
 * envelopes and status codes from Chatwoot's Captain controllers and jbuilder views. The AI itself
 * is not imitated: tasks answer a deterministic text built from the conversation [I], stats count
 * the fake's own conversations [I], and the summary is a fixed sentence [I].
 *
 * The Captain records live beside the store (`captainStateOf(state)`), one set per fake.
 */
import { jsonBody, objectSchema, ok, pageParam, queryParam, type Access, type Ctx, type RouteDef } from '../dsl';
import { couldNotCreate, notFound, recordInvalid, type FieldError } from '../errors';
import type { ChatwootState } from '../store';
import { inboxView } from '../views';
import { paginate } from './helpers';

const V1 = '/api/v1/accounts/{account_id}';
/** RESULTS_PER_PAGE of the assistant responses and documents controllers. */
export const CAPTAIN_PER_PAGE = 25;

export interface CaptainAssistant {
	id: number;
	account_id: number;
	name: string;
	description: string;
	config: Record<string, unknown>;
	response_guidelines: string[];
	guardrails: string[];
	created_at: number;
	updated_at: number;
}
export interface CaptainScenario {
	id: number;
	account_id: number;
	assistant_id: number;
	title: string;
	description: string;
	instruction: string;
	tools: string[];
	enabled: boolean;
	created_at: number;
	updated_at: number;
}
export interface CaptainFaq {
	id: number;
	account_id: number;
	assistant_id: number;
	question: string;
	answer: string;
	status: 'pending' | 'approved';
	/** Who or what it came from: a user (made by hand) or a document. */
	documentable: { type: 'User'; id: number } | { type: 'Captain::Document'; id: number };
	created_at: number;
	updated_at: number;
}
export interface CaptainDocument {
	id: number;
	account_id: number;
	assistant_id: number;
	name: string | null;
	external_link: string;
	content: string | null;
	status: 'in_progress' | 'available';
	sync_status: 'synced' | 'syncing' | 'failed' | null;
	last_synced_at: number | null;
	last_sync_attempted_at: number | null;
	created_at: number;
	updated_at: number;
}
export interface CaptainState {
	assistants: CaptainAssistant[];
	scenarios: CaptainScenario[];
	faqs: CaptainFaq[];
	documents: CaptainDocument[];
	/** Assistant id → connected inbox ids. */
	inboxes: Map<number, number[]>;
	/** Every task asked for, in order. */
	tasks: Array<{ task: string; body: Record<string, unknown> }>;
	nextId: number;
}

const states = new WeakMap<ChatwootState, CaptainState>();
export function captainStateOf(state: ChatwootState): CaptainState {
	let s = states.get(state);
	if (!s) {
		s = { assistants: [], scenarios: [], faqs: [], documents: [], inboxes: new Map(), tasks: [], nextId: 1 };
		states.set(state, s);
	}
	return s;
}

const CONFIG_KEYS = ['product_name', 'feature_faq', 'feature_memory', 'feature_citation', 'feature_contact_attributes', 'welcome_message', 'handoff_message', 'resolution_message', 'instructions', 'temperature'];

function assistantView(a: CaptainAssistant) {
	return { account_id: a.account_id, config: a.config, created_at: a.created_at, description: a.description, guardrails: a.guardrails, id: a.id, name: a.name, response_guidelines: a.response_guidelines, updated_at: a.updated_at };
}

function scenarioView(c: CaptainState, s: CaptainScenario) {
	const assistant = c.assistants.find((a) => a.id === s.assistant_id);
	return { ...s, ...(assistant ? { assistant: { id: assistant.id, name: assistant.name } } : {}) };
}

function faqView(ctx: Ctx, c: CaptainState, f: CaptainFaq) {
	const assistant = c.assistants.find((a) => a.id === f.assistant_id)!;
	let documentable: Record<string, unknown> | undefined;
	if (f.documentable.type === 'User') {
		const user = ctx.state.users.find((u) => u.id === f.documentable.id);
		if (user) documentable = { type: 'User', id: user.id, email: user.email, available_name: user.name };
	} else {
		const doc = c.documents.find((d) => d.id === f.documentable.id);
		if (doc) documentable = { type: 'Captain::Document', id: doc.id, external_link: doc.external_link, name: doc.name };
	}
	return {
		account_id: f.account_id,
		answer: f.answer,
		assistant: assistantView(assistant),
		created_at: f.created_at,
		...(documentable ? { documentable } : {}),
		id: f.id,
		question: f.question,
		updated_at: f.updated_at,
		status: f.status,
		edited: false,
	};
}

function documentView(c: CaptainState, d: CaptainDocument) {
	return {
		account_id: d.account_id,
		assistant: assistantView(c.assistants.find((a) => a.id === d.assistant_id)!),
		content: d.content,
		content_type: null,
		created_at: d.created_at,
		external_link: d.external_link,
		display_url: d.external_link,
		file_size: null,
		pdf_document: false,
		responses_count: c.faqs.filter((f) => f.documentable.type === 'Captain::Document' && f.documentable.id === d.id).length,
		id: d.id,
		name: d.name,
		status: d.status,
		sync_status: d.sync_status,
		sync_in_progress: d.sync_status === 'syncing',
		last_synced_at: d.last_synced_at,
		last_sync_attempted_at: d.last_sync_attempted_at,
		last_sync_error_code: null,
		updated_at: d.updated_at,
	};
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

function findAssistant(ctx: Ctx, id: unknown): CaptainAssistant {
	const a = captainStateOf(ctx.state).assistants.find((x) => x.account_id === ctx.acct.id && String(x.id) === String(id));
	if (!a) throw notFound();
	return a;
}

/** Apply `params.require(:assistant).permit(…)` to an assistant (config keys permitted, arrays only when given). */
function applyAssistant(a: CaptainAssistant, p: Record<string, unknown>) {
	if (p.name !== undefined) a.name = String(p.name ?? '');
	if (p.description !== undefined) a.description = String(p.description ?? '');
	if (p.config !== undefined) a.config = Object.fromEntries(Object.entries(obj(p.config)).filter(([k]) => CONFIG_KEYS.includes(k)));
	if ('response_guidelines' in p) a.response_guidelines = Array.isArray(p.response_guidelines) ? p.response_guidelines.map(String) : [];
	if ('guardrails' in p) a.guardrails = Array.isArray(p.guardrails) ? p.guardrails.map(String) : [];
	const errors: FieldError[] = [];
	if (blank(a.name)) errors.push({ attribute: 'name', message: "can't be blank" });
	if (blank(a.description)) errors.push({ attribute: 'description', message: "can't be blank" });
	if (errors.length) throw recordInvalid(errors);
}

function conversationText(ctx: Ctx, displayId: unknown) {
	const conversation = ctx.state.conversationByDisplayId(ctx.acct.id, String(displayId ?? ''));
	if (!conversation) throw notFound();
	const messages = ctx.state.messages.filter((m) => m.conversation_id === conversation.id);
	return { conversation, messages };
}

const str = { type: 'string' };
const int = { type: 'integer' };
const anyObject = { type: 'object' };

export function captainRoutes(): RouteDef[] {
	const member: Access = { kind: 'account' };
	const admin: Access = { kind: 'account', admin: true };
	const assistants = `${V1}/captain/assistants`;
	const rangeParams = [queryParam('range', str), queryParam('timezone_offset', { type: 'number' })];
	const task = (name: string, body: Record<string, unknown>, answer: (ctx: Ctx) => Record<string, unknown>): RouteDef => ({
		method: 'POST',
		path: `${V1}/captain/tasks/${name}`,
		name: `captain_tasks.${name}`,
		source: 'code',
		spec: { body: jsonBody(objectSchema(body), false) },
		access: member,
		handle: (ctx) => {
			captainStateOf(ctx.state).tasks.push({ task: name, body: ctx.body });
			return ok(answer(ctx));
		},
	});
	return [
		// ---- assistants
		{
			method: 'GET',
			path: assistants,
			name: 'captain_assistants.index',
			source: 'code',
			access: member,
			handle: (ctx) => {
				const list = captainStateOf(ctx.state).assistants.filter((a) => a.account_id === ctx.acct.id).sort((a, b) => b.created_at - a.created_at || b.id - a.id);
				return ok({ payload: list.map(assistantView), meta: { total_count: list.length, page: 1 } });
			},
		},
		{
			method: 'POST',
			path: assistants,
			name: 'captain_assistants.create',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ assistant: anyObject }, ['assistant'])) },
			access: admin,
			handle: (ctx) => {
				const c = captainStateOf(ctx.state);
				const p = obj(ctx.require('assistant'));
				const now = ctx.state.now();
				const a: CaptainAssistant = { id: c.nextId++, account_id: ctx.acct.id, name: '', description: '', config: {}, response_guidelines: [], guardrails: [], created_at: now, updated_at: now };
				applyAssistant(a, p);
				c.assistants.push(a);
				return ok(assistantView(a));
			},
		},
		{ method: 'GET', path: `${assistants}/{id}`, name: 'captain_assistants.show', source: 'code', access: member, handle: (ctx) => ok(assistantView(findAssistant(ctx, ctx.params.id))) },
		...(['PATCH', 'PUT'] as const).map(
			(method): RouteDef => ({
				method,
				path: `${assistants}/{id}`,
				name: 'captain_assistants.update',
				source: 'code',
				spec: { body: jsonBody(objectSchema({ assistant: anyObject }, ['assistant'])) },
				access: admin,
				handle: (ctx) => {
					const a = findAssistant(ctx, ctx.params.id);
					const copy = { ...a, config: { ...a.config } };
					applyAssistant(copy, obj(ctx.require('assistant')));
					Object.assign(a, copy, { updated_at: ctx.state.now() });
					return ok(assistantView(a));
				},
			}),
		),
		{
			method: 'DELETE',
			path: `${assistants}/{id}`,
			name: 'captain_assistants.destroy',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.id);
				const c = captainStateOf(ctx.state);
				c.assistants = c.assistants.filter((x) => x !== a);
				c.scenarios = c.scenarios.filter((s) => s.assistant_id !== a.id);
				c.faqs = c.faqs.filter((f) => f.assistant_id !== a.id);
				c.documents = c.documents.filter((d) => d.assistant_id !== a.id);
				c.inboxes.delete(a.id);
				return { status: 204 };
			},
		},
		{
			method: 'GET',
			path: `${assistants}/{id}/stats`,
			name: 'captain_assistants.stats',
			source: 'code',
			spec: { params: rangeParams },
			access: member,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.id);
				const inboxes = captainStateOf(ctx.state).inboxes.get(a.id) ?? [];
				// [I] figures: the conversations of the connected inboxes; the shape is the builder's.
				const handled = ctx.state.conversationsOf(ctx.acct.id).filter((c) => inboxes.includes(c.inbox_id)).length;
				const pack = (current: number) => ({ current, previous: 0, trend: null });
				return ok({
					conversations_handled: pack(handled),
					auto_resolution_rate: pack(0),
					handoff_rate: pack(0),
					hours_saved: pack(0),
					reopen_rate: pack(0),
					conversation_depth: pack(0),
					knowledge: { documents: captainStateOf(ctx.state).documents.filter((d) => d.assistant_id === a.id).length, faqs: captainStateOf(ctx.state).faqs.filter((f) => f.assistant_id === a.id).length },
				});
			},
		},
		{
			method: 'GET',
			path: `${assistants}/{id}/summary`,
			name: 'captain_assistants.summary',
			source: 'code',
			spec: { params: rangeParams },
			access: member,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.id);
				return ok({ message: `${a.name} handled your conversations this period.` });
			},
		},
		{
			method: 'GET',
			path: `${assistants}/{id}/drilldown`,
			name: 'captain_assistants.drilldown',
			source: 'code',
			spec: { params: [queryParam('metric', str), ...rangeParams, pageParam, queryParam('per_page', int)] },
			access: admin,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.id);
				const metric = ctx.str('metric');
				if (!metric || !['conversations_handled', 'auto_resolution_rate', 'handoff_rate', 'reopen_rate'].includes(metric)) return { status: 422 };
				const inboxes = captainStateOf(ctx.state).inboxes.get(a.id) ?? [];
				// [I] conversations_handled: the conversations of the connected inboxes, newest first; the rates: none.
				const conversations =
					metric === 'conversations_handled' ? ctx.state.conversationsOf(ctx.acct.id).filter((c) => inboxes.includes(c.inbox_id)).sort((x, y) => y.created_at - x.created_at || y.id - x.id) : [];
				const page = ctx.page();
				const perPage = Math.min(Math.max(Number(ctx.p.per_page) || 25, 1), 100);
				return ok({
					meta: { metric, current_page: page, per_page: perPage, total_count: conversations.length, conversation_count: conversations.length, range: { since: 0, until: ctx.state.now() } },
					payload: paginate(conversations, page, perPage).map((c) => ({
						record_type: 'conversation',
						conversation: { id: c.display_id, inbox_id: c.inbox_id, status: c.status, created_at: c.created_at },
						message: null,
						metric_value: null,
						occurred_at: c.created_at,
					})),
				});
			},
		},
		// ---- assistant inboxes
		{
			method: 'GET',
			path: `${assistants}/{assistant_id}/inboxes`,
			name: 'captain_inboxes.index',
			source: 'code',
			access: member,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.assistant_id);
				const inboxes = (captainStateOf(ctx.state).inboxes.get(a.id) ?? []).map((id) => ctx.state.inboxes.find((i) => i.id === id)!).filter(Boolean);
				return ok({ payload: inboxes.map(inboxView), meta: { total_count: inboxes.length, page: 1 } });
			},
		},
		{
			method: 'POST',
			path: `${assistants}/{assistant_id}/inboxes`,
			name: 'captain_inboxes.create',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ inbox: objectSchema({ inbox_id: int }) }, ['inbox'])) },
			access: admin,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.assistant_id);
				const inboxId = obj(ctx.require('inbox')).inbox_id;
				const inbox = ctx.state.inboxes.find((i) => i.account_id === ctx.acct.id && String(i.id) === String(inboxId));
				if (!inbox) throw notFound();
				const c = captainStateOf(ctx.state);
				// CaptainInbox validates one assistant per inbox [I: the uniqueness message].
				if ([...c.inboxes.values()].some((ids) => ids.includes(inbox.id))) throw recordInvalid([{ attribute: 'inbox_id', message: 'has already been taken' }]);
				c.inboxes.set(a.id, [...(c.inboxes.get(a.id) ?? []), inbox.id]);
				return ok(inboxView(inbox));
			},
		},
		{
			method: 'DELETE',
			path: `${assistants}/{assistant_id}/inboxes/{inbox_id}`,
			name: 'captain_inboxes.destroy',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.assistant_id);
				const c = captainStateOf(ctx.state);
				const ids = c.inboxes.get(a.id) ?? [];
				if (!ids.some((id) => String(id) === ctx.params.inbox_id)) throw notFound();
				c.inboxes.set(a.id, ids.filter((id) => String(id) !== ctx.params.inbox_id));
				return { status: 204 };
			},
		},
		// ---- scenarios
		...scenarioRoutes(assistants, member, admin),
		// ---- FAQs (assistant responses)
		...faqRoutes(member, admin),
		// ---- documents
		...documentRoutes(member, admin),
		// ---- AI tasks
		task('summarize', { conversation_display_id: int }, (ctx) => {
			const { conversation, messages } = conversationText(ctx, ctx.p.conversation_display_id);
			return { message: `Conversation #${conversation.display_id}: ${messages.length} messages, status ${conversation.status}.` };
		}),
		task('reply_suggestion', { conversation_display_id: int }, (ctx) => {
			const { messages } = conversationText(ctx, ctx.p.conversation_display_id);
			const last = [...messages].reverse().find((m) => m.message_type === 0);
			return { message: `Thanks for your message${last?.content ? ` about "${last.content}"` : ''}. We are looking into it.` };
		}),
		task('label_suggestion', { conversation_display_id: int }, (ctx) => {
			conversationText(ctx, ctx.p.conversation_display_id);
			return { message: ctx.state.labelsOf(ctx.acct.id).slice(0, 2).map((l) => l.title).join(', ') };
		}),
		task('rewrite', { content: str, operation: str, conversation_display_id: int }, (ctx) => {
			const operation = ctx.str('operation');
			const ops = ['fix_spelling_grammar', 'improve', 'casual', 'professional', 'friendly', 'confident', 'straightforward'];
			if (!operation || !ops.includes(operation)) throw couldNotCreate(`Invalid operation: ${operation ?? ''}`);
			if (ctx.p.conversation_display_id !== undefined) conversationText(ctx, ctx.p.conversation_display_id);
			return { message: `[${operation}] ${String(ctx.p.content ?? '')}`, follow_up_context: { operation, original: String(ctx.p.content ?? '') } };
		}),
		task('follow_up', { conversation_display_id: int, message: str, follow_up_context: anyObject }, (ctx) => {
			conversationText(ctx, ctx.p.conversation_display_id);
			const context = obj(ctx.p.follow_up_context);
			if (Object.keys(context).length === 0) throw couldNotCreate('Follow-up context missing');
			return { message: `${String(context.original ?? '')} (${String(ctx.p.message ?? '')})`, follow_up_context: { ...context, last: String(ctx.p.message ?? '') } };
		}),
	];
}

function scenarioRoutes(assistants: string, member: Access, admin: Access): RouteDef[] {
	const base = `${assistants}/{assistant_id}/scenarios`;
	const body = { body: jsonBody(objectSchema({ scenario: anyObject }, ['scenario'])) };
	const find = (ctx: Ctx) => {
		const a = findAssistant(ctx, ctx.params.assistant_id);
		const s = captainStateOf(ctx.state).scenarios.find((x) => x.assistant_id === a.id && String(x.id) === ctx.params.id);
		if (!s) throw notFound();
		return s;
	};
	const apply = (s: CaptainScenario, p: Record<string, unknown>) => {
		for (const key of ['title', 'description', 'instruction'] as const) if (p[key] !== undefined) s[key] = String(p[key] ?? '');
		if (p.enabled !== undefined) s.enabled = p.enabled === true || p.enabled === 'true';
		if (p.tools !== undefined) s.tools = Array.isArray(p.tools) ? p.tools.map(String) : [];
		const errors: FieldError[] = (['title', 'description', 'instruction'] as const).filter((k) => blank(s[k])).map((attribute) => ({ attribute, message: "can't be blank" }));
		if (errors.length) throw recordInvalid(errors);
	};
	return [
		{
			method: 'GET',
			path: base,
			name: 'captain_scenarios.index',
			source: 'code',
			access: member,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.assistant_id);
				const c = captainStateOf(ctx.state);
				const list = c.scenarios.filter((s) => s.assistant_id === a.id && s.enabled);
				return ok({ payload: list.map((s) => scenarioView(c, s)), meta: { total_count: list.length, page: 1 } });
			},
		},
		{
			method: 'POST',
			path: base,
			name: 'captain_scenarios.create',
			source: 'code',
			spec: body,
			access: admin,
			handle: (ctx) => {
				const a = findAssistant(ctx, ctx.params.assistant_id);
				const c = captainStateOf(ctx.state);
				const now = ctx.state.now();
				const s: CaptainScenario = { id: c.nextId++, account_id: ctx.acct.id, assistant_id: a.id, title: '', description: '', instruction: '', tools: [], enabled: true, created_at: now, updated_at: now };
				apply(s, obj(ctx.require('scenario')));
				c.scenarios.push(s);
				return ok(scenarioView(c, s));
			},
		},
		{ method: 'GET', path: `${base}/{id}`, name: 'captain_scenarios.show', source: 'code', access: member, handle: (ctx) => ok(scenarioView(captainStateOf(ctx.state), find(ctx))) },
		...(['PATCH', 'PUT'] as const).map(
			(method): RouteDef => ({
				method,
				path: `${base}/{id}`,
				name: 'captain_scenarios.update',
				source: 'code',
				spec: body,
				access: admin,
				handle: (ctx) => {
					const s = find(ctx);
					const copy = { ...s };
					apply(copy, obj(ctx.require('scenario')));
					Object.assign(s, copy, { updated_at: ctx.state.now() });
					return ok(scenarioView(captainStateOf(ctx.state), s));
				},
			}),
		),
		{
			method: 'DELETE',
			path: `${base}/{id}`,
			name: 'captain_scenarios.destroy',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const s = find(ctx);
				const c = captainStateOf(ctx.state);
				c.scenarios = c.scenarios.filter((x) => x !== s);
				return { status: 204 };
			},
		},
	];
}

function faqRoutes(member: Access, admin: Access): RouteDef[] {
	const base = `${V1}/captain/assistant_responses`;
	const body = { body: jsonBody(objectSchema({ assistant_response: anyObject }, ['assistant_response'])) };
	const find = (ctx: Ctx) => {
		const f = captainStateOf(ctx.state).faqs.find((x) => x.account_id === ctx.acct.id && String(x.id) === ctx.params.id);
		if (!f) throw notFound();
		return f;
	};
	const apply = (ctx: Ctx, f: CaptainFaq, p: Record<string, unknown>) => {
		if (p.question !== undefined) f.question = String(p.question ?? '');
		if (p.answer !== undefined) f.answer = String(p.answer ?? '');
		if (p.status !== undefined) {
			// Rails enum: an unknown value raises ArgumentError, answered 422 [I: the message].
			if (p.status !== 'pending' && p.status !== 'approved') throw couldNotCreate(`'${String(p.status)}' is not a valid status`);
			f.status = p.status;
		}
		if (p.assistant_id !== undefined) f.assistant_id = Number(p.assistant_id);
		const errors: FieldError[] = [];
		if (!captainStateOf(ctx.state).assistants.some((a) => a.id === f.assistant_id && a.account_id === ctx.acct.id)) errors.push({ attribute: 'assistant', message: 'must exist' });
		if (blank(f.question)) errors.push({ attribute: 'question', message: "can't be blank" });
		if (blank(f.answer)) errors.push({ attribute: 'answer', message: "can't be blank" });
		if (errors.length) throw recordInvalid(errors);
	};
	return [
		{
			method: 'GET',
			path: base,
			name: 'captain_assistant_responses.index',
			source: 'code',
			spec: { params: [pageParam, queryParam('assistant_id', int), queryParam('document_id', int), queryParam('status', str), queryParam('search', str)] },
			access: member,
			handle: (ctx) => {
				const c = captainStateOf(ctx.state);
				const search = ctx.str('search')?.toLowerCase();
				const list = c.faqs
					.filter(
						(f) =>
							f.account_id === ctx.acct.id &&
							(ctx.p.assistant_id === undefined || String(f.assistant_id) === String(ctx.p.assistant_id)) &&
							(ctx.p.document_id === undefined || (f.documentable.type === 'Captain::Document' && String(f.documentable.id) === String(ctx.p.document_id))) &&
							(ctx.p.status === undefined || f.status === ctx.p.status) &&
							(!search || f.question.toLowerCase().includes(search) || f.answer.toLowerCase().includes(search)),
					)
					// `ordered`: newest first.
					.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
				const page = ctx.page();
				return ok({ payload: paginate(list, page, CAPTAIN_PER_PAGE).map((f) => faqView(ctx, c, f)), meta: { total_count: list.length, page } });
			},
		},
		{
			method: 'POST',
			path: base,
			name: 'captain_assistant_responses.create',
			source: 'code',
			spec: body,
			access: admin,
			handle: (ctx) => {
				const c = captainStateOf(ctx.state);
				const now = ctx.state.now();
				const f: CaptainFaq = { id: c.nextId++, account_id: ctx.acct.id, assistant_id: 0, question: '', answer: '', status: 'approved', documentable: { type: 'User', id: ctx.user?.id ?? 0 }, created_at: now, updated_at: now };
				apply(ctx, f, obj(ctx.require('assistant_response')));
				c.faqs.push(f);
				return ok(faqView(ctx, c, f));
			},
		},
		{ method: 'GET', path: `${base}/{id}`, name: 'captain_assistant_responses.show', source: 'code', access: member, handle: (ctx) => ok(faqView(ctx, captainStateOf(ctx.state), find(ctx))) },
		...(['PATCH', 'PUT'] as const).map(
			(method): RouteDef => ({
				method,
				path: `${base}/{id}`,
				name: 'captain_assistant_responses.update',
				source: 'code',
				spec: body,
				access: admin,
				handle: (ctx) => {
					const f = find(ctx);
					const copy = { ...f };
					apply(ctx, copy, obj(ctx.require('assistant_response')));
					Object.assign(f, copy, { updated_at: ctx.state.now() });
					return ok(faqView(ctx, captainStateOf(ctx.state), f));
				},
			}),
		),
		{
			method: 'DELETE',
			path: `${base}/{id}`,
			name: 'captain_assistant_responses.destroy',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const f = find(ctx);
				const c = captainStateOf(ctx.state);
				c.faqs = c.faqs.filter((x) => x !== f);
				return { status: 204 };
			},
		},
	];
}

function documentRoutes(member: Access, admin: Access): RouteDef[] {
	const base = `${V1}/captain/documents`;
	const find = (ctx: Ctx) => {
		const d = captainStateOf(ctx.state).documents.find((x) => x.account_id === ctx.acct.id && String(x.id) === ctx.params.id);
		if (!d) throw notFound();
		return d;
	};
	return [
		{
			method: 'GET',
			path: base,
			name: 'captain_documents.index',
			source: 'code',
			spec: { params: [pageParam, queryParam('assistant_id', int), queryParam('source', str), queryParam('filter', str), queryParam('search_key', str), queryParam('sort', str)] },
			access: member,
			handle: (ctx) => {
				const c = captainStateOf(ctx.state);
				const search = ctx.str('search_key')?.toLowerCase();
				const filter = ctx.str('filter');
				const source = ctx.str('source');
				const list = c.documents
					.filter(
						(d) =>
							d.account_id === ctx.acct.id &&
							(ctx.p.assistant_id === undefined || String(d.assistant_id) === String(ctx.p.assistant_id)) &&
							// Every fake document is a web page: `pdf` finds none.
							source !== 'pdf' &&
							// `stale` needs a sync interval, which the fake account has none of: it finds none.
							(filter === undefined || (['synced', 'syncing', 'failed'].includes(filter) ? d.sync_status === filter : filter !== 'stale')) &&
							(!search || (d.name ?? '').toLowerCase().includes(search) || d.external_link.toLowerCase().includes(search)),
					)
					.sort((a, b) => (ctx.str('sort') === 'recently_created' ? b.created_at - a.created_at : b.updated_at - a.updated_at) || b.id - a.id);
				const page = ctx.page();
				return ok({ payload: paginate(list, page, CAPTAIN_PER_PAGE).map((d) => documentView(c, d)), meta: { total_count: list.length, page } });
			},
		},
		{
			method: 'POST',
			path: base,
			name: 'captain_documents.create',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ document: anyObject }, ['document'])) },
			access: admin,
			handle: (ctx) => {
				const c = captainStateOf(ctx.state);
				const p = obj(ctx.require('document'));
				const assistant = c.assistants.find((a) => a.account_id === ctx.acct.id && String(a.id) === String(p.assistant_id));
				if (!assistant) throw couldNotCreate('Missing Assistant');
				if (blank(p.external_link)) throw couldNotCreate("External link can't be blank");
				const link = String(p.external_link);
				if (c.documents.some((d) => d.assistant_id === assistant.id && d.external_link === link)) throw couldNotCreate('External link has already been taken');
				const now = ctx.state.now();
				const d: CaptainDocument = {
					id: c.nextId++,
					account_id: ctx.acct.id,
					assistant_id: assistant.id,
					name: blank(p.name) ? null : String(p.name),
					external_link: link,
					content: null,
					status: 'in_progress',
					sync_status: null,
					last_synced_at: null,
					last_sync_attempted_at: null,
					created_at: now,
					updated_at: now,
				};
				c.documents.push(d);
				return ok(documentView(c, d));
			},
		},
		{ method: 'GET', path: `${base}/{id}`, name: 'captain_documents.show', source: 'code', access: member, handle: (ctx) => ok(documentView(captainStateOf(ctx.state), find(ctx))) },
		{
			method: 'DELETE',
			path: `${base}/{id}`,
			name: 'captain_documents.destroy',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const d = find(ctx);
				const c = captainStateOf(ctx.state);
				c.documents = c.documents.filter((x) => x !== d);
				c.faqs = c.faqs.filter((f) => !(f.documentable.type === 'Captain::Document' && f.documentable.id === d.id));
				return { status: 204 };
			},
		},
		{
			method: 'POST',
			path: `${base}/{id}/sync`,
			name: 'captain_documents.sync',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const d = find(ctx);
				// The messages are Chatwoot's locale strings [I: their wording].
				if (d.status !== 'available') throw couldNotCreate('Sync is only available for documents that are available');
				d.sync_status = 'syncing';
				d.last_sync_attempted_at = ctx.state.now();
				return { status: 202 };
			},
		},
	];
}

