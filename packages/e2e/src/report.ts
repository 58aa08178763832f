/**
 * Plain-words reports of what the example workflows did, read from the fake servers' state (and,
 * to know which leads a run handled, from the items n8n returned). Used by scripts/demo.ts; the
 * e2e tests can use the same checks (`Outcome.problems` is empty when the example did its job).
 *
 *   const before = snapshotFakes(fakes);
 *   const run = await executeWorkflow(home, example.workflow.id);
 *   const outcome = describeExample(example.name, { fakes, before, workflow: example.workflow, run: run.data });
 *   outcome.lines.forEach((line) => console.log(line));
 */
import type { chatwoot, cliengo } from '@leadchat/testkit';

import type { RunningFakes } from './fakes';

/** What one example did: report lines for people, problems when it did not do its job. */
export interface Outcome {
	ok: boolean;
	/** One short sentence for the final summary. */
	summary: string;
	/** Details, one fact per line. */
	lines: string[];
	/** Empty when everything the example should leave in the fakes is there. */
	problems: string[];
}

/** The ids present in the fakes before a run, so that a report can tell new records from old ones. */
export interface FakeSnapshot {
	chatwootContactIds: Set<number>;
	chatwootConversationIds: Set<number>;
	chatwootMessageIds: Set<number>;
	/** Cliengo lead id → number of notes and status before the run. */
	cliengoLeads: Map<string, { notes: number; status: string }>;
	/** Crisp session id (first website) → number of messages before the run. */
	crispMessages: Map<string, number>;
}

export function snapshotFakes(fakes: RunningFakes): FakeSnapshot {
	const cw = fakes.chatwoot.state;
	return {
		chatwootContactIds: new Set(cw.contacts.map((c) => c.id)),
		chatwootConversationIds: new Set(cw.conversations.map((c) => c.id)),
		chatwootMessageIds: new Set(cw.messages.map((m) => m.id)),
		cliengoLeads: new Map(fakes.cliengo.allContacts().map((lead) => [lead.id, { notes: lead.notes.length, status: lead.status }])),
		crispMessages: new Map([...fakes.crisp.site().conversations.keys()].map((id) => [id, fakes.crisp.messages(id).length])),
	};
}

/** What a report gets: the fakes, the snapshot taken before the run, the workflow and n8n's run data. */
export interface ReportContext {
	fakes: RunningFakes;
	before: FakeSnapshot;
	/** The workflow JSON (node names → types). */
	workflow: { nodes?: Array<{ name: string; type: string }> };
	/**
	 * The run as n8n reports it: the parsed `n8n execute --rawOutput` document, or an execution of
	 * the public API with its data. Both hold `data.resultData.runData`.
	 */
	run?: any;
}

// ------------------------------------------------------------------------------------------------
// Run data helpers
// ------------------------------------------------------------------------------------------------

type Json = Record<string, any>;
type ChatwootContact = chatwoot.Contact;
type ChatwootConversation = chatwoot.Conversation;
type ChatwootMessage = chatwoot.Message;
type CliengoLead = cliengo.Contact;

/** The output items (json only) of a node in a run, first output, all runs of the node. */
export function nodeItems(run: any, nodeName: string): Json[] {
	const runs = (run?.data?.resultData?.runData?.[nodeName] ?? []) as Array<{ data?: { main?: Array<Array<{ json: Json }> | null> } }>;
	return runs.flatMap((r) => (r.data?.main?.[0] ?? []).map((item) => item.json));
}

/** The names of the workflow's nodes whose type ends with `.${suffix}` (e.g. `cliengo`, `cliengoTrigger`). */
function nodesOfType(workflow: ReportContext['workflow'], ...suffixes: string[]): string[] {
	return (workflow.nodes ?? []).filter((n) => suffixes.some((s) => n.type.endsWith(`.${s}`))).map((n) => n.name);
}

/** Error messages of a run: the workflow error and each failed node. */
export function runProblems(run: any): string[] {
	const problems: string[] = [];
	const top = run?.data?.resultData?.error;
	if (top) problems.push(`n8n: ${top.message ?? JSON.stringify(top)}${top.description ? ` (${top.description})` : ''}`);
	const runData = (run?.data?.resultData?.runData ?? {}) as Record<string, Array<{ error?: { message?: string } }>>;
	for (const [node, runs] of Object.entries(runData)) {
		for (const r of runs) if (r.error && r.error.message !== top?.message) problems.push(`node "${node}": ${r.error.message ?? 'failed'}`);
	}
	return problems;
}

// ------------------------------------------------------------------------------------------------
// Wording
// ------------------------------------------------------------------------------------------------

const fullName = (lead: Pick<CliengoLead, 'name' | 'lastName'> | Json) => [lead.name, lead.lastName].filter(Boolean).join(' ') || 'an unnamed lead';
const quote = (s: string) => `'${s}'`;

/** "a, b and c" */
export function listing(values: string[]): string {
	if (values.length <= 1) return values.join('');
	return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function leadLabel(lead: Json): string {
	const email = lead.email ? ` <${lead.email}>` : '';
	return `Lead ${fullName(lead)}${email} (site ${lead.websiteName ?? '?'}, status ${lead.status ?? '?'})`;
}

function outcome(summary: string, lines: string[], problems: string[]): Outcome {
	return { ok: problems.length === 0, summary, lines, problems };
}

// ------------------------------------------------------------------------------------------------
// Chatwoot lookups
// ------------------------------------------------------------------------------------------------

function chatwootContactFor(fakes: RunningFakes, lead: Json): ChatwootContact | undefined {
	const cw = fakes.chatwoot.state;
	const accountId = fakes.chatwoot.accountId;
	const email = typeof lead.email === 'string' ? lead.email.toLowerCase() : undefined;
	const phone = typeof lead.phone === 'string' ? lead.phone.replace(/[\s\-().]/g, '') : undefined;
	const inAccount = cw.contacts.filter((c) => c.account_id === accountId);
	return (email ? inAccount.find((c) => c.email?.toLowerCase() === email) : undefined) ?? (phone ? inAccount.find((c) => c.phone_number === phone) : undefined);
}

function inboxName(fakes: RunningFakes, id: number): string {
	return fakes.chatwoot.state.inboxes.find((i) => i.id === id)?.name ?? `#${id}`;
}

function teamName(fakes: RunningFakes, id: number | null): string | undefined {
	return id === null ? undefined : (fakes.chatwoot.state.teams.find((t) => t.id === id)?.name ?? `#${id}`);
}

function messagesOf(fakes: RunningFakes, conversation: ChatwootConversation): ChatwootMessage[] {
	return fakes.chatwoot.state.messages.filter((m) => m.conversation_id === conversation.id);
}

// ------------------------------------------------------------------------------------------------
// Reports per example
// ------------------------------------------------------------------------------------------------

/**
 * Cliengo leads → Chatwoot contact (create or update) → conversation → private note with the lead's
 * details. The leads are the items of the workflow's Cliengo node (Get Many, or the Cliengo
 * Trigger); everything else is looked up in the Chatwoot fake.
 */
export function describeLeadsToChatwoot(ctx: ReportContext): Outcome {
	const { fakes, before } = ctx;
	const source = nodesOfType(ctx.workflow, 'cliengo', 'cliengoTrigger')[0];
	const leads = source ? nodeItems(ctx.run, source) : [];
	const problems = runProblems(ctx.run);
	const lines: string[] = [];
	if (leads.length === 0) problems.push(`the Cliengo node${source ? ` "${source}"` : ''} returned no leads`);
	let created = 0;
	let updated = 0;
	let notes = 0;
	const conversationIds: number[] = [];
	for (const lead of leads) {
		const contact = chatwootContactFor(fakes, lead);
		if (!contact) {
			lines.push(`${leadLabel(lead)} → no Chatwoot contact with this email or phone`);
			problems.push(`no Chatwoot contact for lead ${fullName(lead)} <${lead.email ?? lead.phone ?? '?'}>`);
			continue;
		}
		const isNew = !before.chatwootContactIds.has(contact.id);
		if (isNew) created++;
		else updated++;
		const parts = [`Chatwoot contact #${contact.id} (${isNew ? 'created' : 'updated'})`];
		const conversations = fakes.chatwoot.state.conversations.filter((c) => c.contact_id === contact.id && !before.chatwootConversationIds.has(c.id));
		if (conversations.length === 0) {
			problems.push(`no new Chatwoot conversation for lead ${fullName(lead)}`);
			lines.push(`${leadLabel(lead)} → ${parts[0]}, but no new conversation`);
			continue;
		}
		for (const conversation of conversations) {
			conversationIds.push(conversation.display_id);
			const team = teamName(fakes, conversation.team_id);
			const labels = conversation.labels.length ? `, labels ${listing(conversation.labels.map(quote))}` : '';
			parts.push(`conversation #${conversation.display_id} in inbox ${quote(inboxName(fakes, conversation.inbox_id))}${team ? ` (team ${team}${labels})` : labels ? ` (${labels.slice(2)})` : ''}`);
			const note = messagesOf(fakes, conversation).find(
				(m) => m.private && !before.chatwootMessageIds.has(m.id) && typeof m.content === 'string' && m.content.includes(String(lead.websiteName)) && m.content.includes(String(lead.status)),
			);
			if (note) {
				notes++;
				parts.push('private note posted');
			} else {
				problems.push(`no private note with the site and status of lead ${fullName(lead)} in conversation #${conversation.display_id}`);
				parts.push('NO private note');
			}
		}
		lines.push(`${leadLabel(lead)} → ${parts.join(', ')}.`);
	}
	const contacts = [created ? `${created} created` : '', updated ? `${updated} updated` : ''].filter(Boolean).join(', ');
	const summary =
		leads.length === 0
			? 'no leads handled'
			: `${plural(leads.length, 'lead')} → Chatwoot contacts (${contacts || 'none'}), ${plural(conversationIds.length, 'conversation')} ${conversationIds.length ? `(#${conversationIds.join(', #')}) ` : ''}with ${plural(notes, 'private note')}`;
	return outcome(summary, lines, problems);
}

/** Cliengo Get Many (status NEW) → note on each lead → status ACTIVE → one digest item. */
export function describeLeadDigest(ctx: ReportContext, opts: { maxLines?: number } = {}): Outcome {
	const { fakes, before } = ctx;
	const source = nodesOfType(ctx.workflow, 'cliengo')[0];
	const leads = source ? nodeItems(ctx.run, source) : [];
	const problems = runProblems(ctx.run);
	const lines: string[] = [];
	if (leads.length === 0) problems.push(`the Cliengo node${source ? ` "${source}"` : ''} returned no leads`);
	let noted = 0;
	let moved = 0;
	const maxLines = opts.maxLines ?? 5;
	for (const [index, item] of leads.entries()) {
		const lead = fakes.cliengo.contact(String(item.id));
		if (!lead) {
			problems.push(`lead ${String(item.id)} is no longer in the Cliengo fake`);
			continue;
		}
		const was = before.cliengoLeads.get(lead.id);
		const newNotes = lead.notes.slice(was?.notes ?? 0);
		const statusBefore = was?.status ?? String(item.status);
		const gotNote = newNotes.length > 0;
		const changed = lead.status !== statusBefore;
		if (gotNote) noted++;
		else problems.push(`lead ${fullName(lead)} got no note`);
		if (changed) moved++;
		if (index < maxLines) {
			const note = gotNote ? `note "${truncate(newNotes[newNotes.length - 1].message, 70)}"` : 'NO note';
			lines.push(`Lead ${fullName(lead)} <${lead.email ?? 'no email'}> (${lead.websiteName}) → ${note}, status ${statusBefore} → ${lead.status}.`);
		}
	}
	if (leads.length > maxLines) lines.push(`… and ${leads.length - maxLines} more leads the same way.`);
	const digestNode = (ctx.workflow.nodes ?? []).find((n) => n.type === 'n8n-nodes-base.code');
	const digest = digestNode ? nodeItems(ctx.run, digestNode.name)[0]?.digest : undefined;
	if (typeof digest === 'string') lines.push(`Digest n8n built: "${truncate(digest.split('\n')[0], 90)}"`);
	const statuses = [...new Set(leads.map((l) => fakes.cliengo.contact(String(l.id))?.status).filter(Boolean))];
	const summary = `${plural(leads.length, 'NEW lead')} → ${noted} got a follow-up note, ${moved} moved to ${statuses.join('/') || '?'}`;
	return outcome(summary, lines, problems);
}

/**
 * Crisp conversations (Get Many) → Chatwoot contact (create or update, by the visitor's email) →
 * private note back in each Crisp conversation. The conversations are the items of the workflow's
 * first Crisp node; contacts and notes are looked up in the fakes.
 */
export function describeCrispVisitorsToChatwoot(ctx: ReportContext): Outcome {
	const { fakes, before } = ctx;
	const source = nodesOfType(ctx.workflow, 'crisp')[0];
	const conversations = source ? nodeItems(ctx.run, source) : [];
	const problems = runProblems(ctx.run);
	const lines: string[] = [];
	if (conversations.length === 0) problems.push(`the Crisp node${source ? ` "${source}"` : ''} returned no conversations`);
	let created = 0;
	let updated = 0;
	let notes = 0;
	for (const item of conversations) {
		const sessionId = String(item.session_id);
		const meta = (item.meta ?? {}) as Json;
		const who = `Crisp chat with ${meta.nickname ?? 'a visitor'} <${meta.email ?? 'no email'}> (${sessionId.slice(0, 16)}…)`;
		const contact = chatwootContactFor(fakes, { email: meta.email });
		if (!contact) {
			lines.push(`${who} → no Chatwoot contact with this email`);
			problems.push(`no Chatwoot contact for the Crisp visitor <${meta.email ?? '?'}>`);
			continue;
		}
		const isNew = !before.chatwootContactIds.has(contact.id);
		if (isNew) created++;
		else updated++;
		const added = fakes.crisp.messages(sessionId).slice(before.crispMessages.get(sessionId) ?? 0);
		const note = added.find((m) => m.type === 'note' && m.from === 'operator' && typeof m.content === 'string' && m.content.includes(`#${contact.id}`));
		if (note) notes++;
		else problems.push(`no private note naming Chatwoot contact #${contact.id} in Crisp conversation ${sessionId}`);
		const noteText = note ? `private note in Crisp "${truncate(String(note.content), 80)}"` : 'NO private note in Crisp';
		lines.push(`${who} → Chatwoot contact #${contact.id} ${contact.name ?? ''} (${isNew ? 'created' : 'updated'}) → ${noteText}.`);
	}
	const contacts = [created ? `${created} created` : '', updated ? `${updated} updated` : ''].filter(Boolean).join(', ');
	const summary =
		conversations.length === 0
			? 'no Crisp conversations handled'
			: `${plural(conversations.length, 'Crisp visitor')} → Chatwoot contacts (${contacts || 'none'}), ${plural(notes, 'private note')} posted back in Crisp`;
	return outcome(summary, lines, problems);
}

/**
 * Chatwoot Trigger (conversation_created) → label → team, for one conversation made in the fake.
 * `expect` names the label and team the workflow should have applied.
 */
export function describeTriage(
	ctx: Omit<ReportContext, 'before'> & { conversationDisplayId: number; expect?: { label?: string; team?: string } },
): Outcome {
	const { fakes } = ctx;
	const problems = runProblems(ctx.run);
	const conversation = fakes.chatwoot.conversation(ctx.conversationDisplayId);
	if (!conversation) return outcome(`conversation #${ctx.conversationDisplayId} not found`, [], [`no conversation #${ctx.conversationDisplayId} in the Chatwoot fake`]);
	const contact = fakes.chatwoot.state.contacts.find((c) => c.id === conversation.contact_id);
	const delivery = fakes.chatwoot.webhookDeliveries.find((d) => d.event === 'conversation_created' && (d.body as Json | undefined)?.id === conversation.display_id);
	const team = teamName(fakes, conversation.team_id);
	const lines: string[] = [];
	const who = `Conversation #${conversation.display_id} from ${contact?.name ?? 'a contact'} in inbox ${quote(inboxName(fakes, conversation.inbox_id))}`;
	if (!delivery) problems.push(`the Chatwoot fake delivered no conversation_created webhook for #${conversation.display_id}`);
	else if (delivery.status !== 200) problems.push(`n8n answered the webhook delivery with ${delivery.status ?? delivery.error ?? 'nothing'}`);
	const deliveryText = delivery ? `signed conversation_created webhook delivered to n8n (HTTP ${delivery.status ?? delivery.error ?? '?'})` : 'NO webhook delivered';
	const applied = [
		conversation.labels.length ? `label${conversation.labels.length > 1 ? 's' : ''} ${listing(conversation.labels.map(quote))}` : 'no label',
		team ? `team ${quote(team)}` : 'no team',
	];
	lines.push(`${who} → ${deliveryText} → n8n applied ${listing(applied)}.`);
	if (ctx.expect?.label && !conversation.labels.includes(ctx.expect.label)) problems.push(`conversation #${conversation.display_id} has no label '${ctx.expect.label}'`);
	if (ctx.expect?.team && team !== ctx.expect.team) problems.push(`conversation #${conversation.display_id} is not assigned to team '${ctx.expect.team}' (team: ${team ?? 'none'})`);
	const summary = `conversation #${conversation.display_id} → ${listing(applied)}`;
	return outcome(summary, lines, problems);
}

/**
 * Chaport Trigger (chat.started) → Cliengo lead → Chatwoot contact (create or update) → operator
 * message back in the Chaport chat, for the chat the trigger emitted in `run`.
 */
export function describeChaportChatToLead(ctx: ReportContext): Outcome {
	const { fakes, before } = ctx;
	const problems = runProblems(ctx.run);
	const trigger = nodesOfType(ctx.workflow, 'chaportTrigger')[0];
	const [item] = trigger ? nodeItems(ctx.run, trigger) : [];
	if (!item) return outcome('no Chaport chat handled', [], [...problems, `the Chaport Trigger${trigger ? ` "${trigger}"` : ''} emitted no chat`]);
	const visitorId = String(item.visitorId);
	const chatId = Number(item.chatId);
	const visitor = (item.visitor ?? {}) as Json;
	const email = typeof visitor.email === 'string' ? visitor.email : undefined;
	const who = `Chaport chat #${chatId} of ${visitor.name ?? 'a visitor'} <${email ?? 'no email'}>`;
	const parts: string[] = [];

	// The lead is the new Cliengo record among the items of the workflow's Cliengo nodes.
	const leadIds = new Set(nodesOfType(ctx.workflow, 'cliengo').flatMap((n) => nodeItems(ctx.run, n).map((l) => String(l.id))));
	const lead = fakes.cliengo.allContacts().find((l) => leadIds.has(l.id) && !before.cliengoLeads.has(l.id));
	if (lead) parts.push(`Cliengo lead ${fullName(lead)} (${lead.id}) on site '${lead.websiteName}'`);
	else problems.push(`no new Cliengo lead for ${email ?? visitorId}`);

	const contact = chatwootContactFor(fakes, { email });
	if (contact) parts.push(`Chatwoot contact #${contact.id} (${before.chatwootContactIds.has(contact.id) ? 'updated' : 'created'})`);
	else problems.push(`no Chatwoot contact with the email <${email ?? '?'}>`);
	if (contact && contact.additional_attributes?.description !== `Chaport visitor ${visitorId}`) problems.push(`Chatwoot contact #${contact.id} does not name Chaport visitor ${visitorId} in its description`);

	const reply = (fakes.chaport.chat(visitorId, chatId)?.events ?? []).find((e) => e.type === 'operator-message' && e.externalId === `n8n-${visitorId}-${chatId}`);
	if (reply) parts.push(`operator message in the Chaport chat "${truncate(String(reply.params.text), 80)}" (externalId ${reply.externalId})`);
	else problems.push(`no operator message with externalId n8n-${visitorId}-${chatId} in Chaport chat #${chatId}`);

	const lines = [`${who} → ${parts.join(' → ') || 'nothing'}.`];
	const summary = `Chaport chat of ${visitor.name ?? visitorId} → ${listing([lead ? 'Cliengo lead' : '', contact ? 'Chatwoot contact' : '', reply ? 'reply in Chaport' : ''].filter(Boolean)) || 'nothing'}`;
	return outcome(summary, lines, problems);
}

/** Any other example: what each node returned. */
export function describeGeneric(ctx: ReportContext): Outcome {
	const problems = runProblems(ctx.run);
	const runData = (ctx.run?.data?.resultData?.runData ?? {}) as Record<string, unknown>;
	const lines = Object.keys(runData).map((node) => `${node} → ${plural(nodeItems(ctx.run, node).length, 'item')}`);
	if (lines.length === 0) problems.push('n8n reported no node runs');
	return outcome(`${plural(lines.length, 'node')} ran`, lines, problems);
}

/** The report of an example by its folder name (examples/<name>), or a generic one. */
export function describeExample(name: string, ctx: ReportContext): Outcome {
	switch (name) {
		case 'cliengo-lead-to-chatwoot':
		case 'cliengo-new-lead-to-chatwoot':
			return describeLeadsToChatwoot(ctx);
		case 'cliengo-lead-digest':
			return describeLeadDigest(ctx);
		case 'crisp-visitor-to-chatwoot':
			return describeCrispVisitorsToChatwoot(ctx);
		case 'chaport-chat-to-lead':
			return describeChaportChatToLead(ctx);
		default:
			return describeGeneric(ctx);
	}
}

function truncate(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "1.2 s" / "1 min 05 s" */
export function formatDuration(ms: number): string {
	if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
	const s = Math.round(ms / 1000);
	return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
