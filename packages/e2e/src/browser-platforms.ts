/**
 * The browser test's registry (test/browser.e2e.ts): one entry per platform, saying what a user does
 * in the editor with its nodes and what they should see. A new platform joins the test by adding an
 * entry here (its fake is already started by `startFakes`, from the test kit's registry).
 *
 * Values a user types (base URLs, tokens, record names) come from the running fakes, never from
 * this file.
 */
import type { RunningFakes } from './fakes';

/** A credential created through the credential form. */
export interface BrowserCredential {
	/** The credential type (as in the fakes' `credentials()`), whose data fills the form. */
	type: string;
	/** Text fields typed into the form, by field name (their values: the fake's credential data). */
	text: string[];
	/** Dropdown fields set in the form: field name → the option's text. */
	select?: Record<string, string>;
}

/** A dropdown of a node's form that loads its entries from the platform. */
export interface BrowserDropdown {
	/** The parameter's name (a resource locator opens its list; an options parameter its dropdown). */
	param: string;
	/** An entry the fake holds, as the dropdown should show it. */
	expect: string | RegExp | ((fakes: RunningFakes) => string | RegExp);
	/** Entries that must not show (raw internal names). */
	forbid?: RegExp;
	/** Choose the expected entry (the node's step runs with it). */
	choose?: boolean;
}

/** A fixedCollection/collection option the user adds before the dropdown shows (e.g. Filters → Status). */
export interface BrowserCollectionOption {
	/** The button's text that adds an option (e.g. "Add Filter"). */
	button: string | RegExp;
	/** The option's display name to add. */
	option: string;
}

export interface BrowserNode {
	/** The item of the node panel to open (the platform's merged node, or a trigger of its own). */
	item: string;
	/** The entry clicked in its list (an action or a trigger event), when it has one. */
	entry?: string;
	/** The node's name on the canvas (n8n names a node added from an action after the action). */
	canvasName: string;
	/** The credentials its form asks for, in the order of its credential slots. */
	credentials: string[];
	/** Dropdowns to open in its form, with the fake's data expected in them. */
	dropdowns?: BrowserDropdown[];
	/** Options added through a collection before their dropdown is opened. */
	collectionOptions?: Array<BrowserCollectionOption & { dropdown: BrowserDropdown }>;
	/** Text the form must show (e.g. a notice saying what to fill). */
	notice?: RegExp;
	/** Action nodes: "Execute step" runs it; the output panel must show this (a field of the fake's record). */
	output?: (fakes: RunningFakes) => string | RegExp;
	/** The canvas subtitle, read as a person reads it (no raw values). */
	subtitle?: string | RegExp;
}

export interface BrowserPlatform {
	/** What a user types into the node panel's search. */
	search: string;
	/** Credentials created through the form, once each, when a node first asks for them. */
	credentials: BrowserCredential[];
	/** Action nodes: each gets its dropdowns opened and one step run. */
	actions: BrowserNode[];
	/** Trigger nodes: each gets its form checked (no step: a trigger waits for an event). */
	triggers: BrowserNode[];
}

/** A readable option name: no `Namespace::Class`, no snake_case or camelCase value. */
const RAW_NAME = /::|^[a-z]+(_[a-z]+)+$|^[a-z]+[A-Z]\w*$/;

export const BROWSER_PLATFORMS: Record<string, BrowserPlatform> = {
	chatwoot: {
		search: 'Chatwoot',
		credentials: [
			{ type: 'leadchatChatwootApi', text: ['baseUrl', 'accessToken', 'accountId'] },
			{ type: 'leadchatChatwootPlatformApi', text: ['baseUrl', 'accessToken'] },
			{ type: 'leadchatChatwootClientApi', text: ['baseUrl', 'inboxIdentifier'] },
		],
		actions: [
			{
				item: 'Chatwoot',
				entry: 'Get a contact',
				canvasName: 'Get a contact',
				credentials: ['leadchatChatwootApi'],
				dropdowns: [
					// the account defaults to the credential's and loads only when opened
					{ param: 'accountId', expect: (f) => chatwootAccount(f).name },
					{ param: 'contactId', expect: (f) => chatwootContact(f).name, choose: true },
				],
				output: (f) => chatwootContact(f).email!,
				subtitle: 'Get · Contact',
			},
			// the Platform API (super-admin) and the Client API (public inbox) are nodes of their own,
			// each with its one credential; neither has a dropdown that loads from Chatwoot
			{
				item: 'Chatwoot Platform',
				entry: 'Get many agent bots',
				canvasName: 'Get many agent bots',
				credentials: ['leadchatChatwootPlatformApi'],
				output: (f) => platformAgentBot(f).name,
				subtitle: /^Get Many · (Platform )?Agent Bot$/,
			},
			{
				item: 'Chatwoot Client API',
				entry: 'Get a public inbox',
				canvasName: 'Get a public inbox',
				credentials: ['leadchatChatwootClientApi'],
				output: (f) => f.chatwoot.seeded!.apiInboxIdentifier,
				subtitle: /^Get · (Public )?Inbox$/,
			},
		],
		triggers: [
			{
				item: 'Chatwoot',
				entry: 'On message created',
				canvasName: 'Chatwoot Trigger',
				credentials: ['leadchatChatwootApi'],
				dropdowns: [
					{ param: 'accountId', expect: (f) => chatwootAccount(f).name },
					// inboxes read as a person names them ("API", "Website"), never "Channel::Api"
					{ param: 'inboxId', expect: /\bAPI\b/, forbid: /Channel::/ },
					{ param: 'inboxId', expect: /\bWebsite\b/, forbid: /Channel::/ },
				],
				subtitle: /^\S/,
			},
		],
	},
	cliengo: {
		search: 'Cliengo',
		credentials: [
			{ type: 'leadchatCliengoApi', text: ['apiKey', 'baseUrl'] },
			{ type: 'leadchatCliengoWebhookApi', text: ['key'] },
		],
		actions: [
			{
				item: 'Cliengo',
				entry: 'Get a contact',
				canvasName: 'Get a contact',
				credentials: ['leadchatCliengoApi'],
				dropdowns: [{ param: 'contactId', expect: (f) => cliengoName(first(f.cliengo.store.contactsNewestFirst())), choose: true }],
				output: (f) => first(f.cliengo.store.contactsNewestFirst()).email!,
				subtitle: 'Get · Contact (Lead)',
			},
		],
		triggers: [
			{
				item: 'Cliengo',
				entry: 'On new lead',
				canvasName: 'Cliengo Trigger',
				credentials: ['leadchatCliengoApi'],
				// the Status filter is a list of Cliengo's statuses (an expression is still allowed)
				collectionOptions: [{ button: 'Add Filter', option: 'Status', dropdown: { param: 'status', expect: 'Long Term', forbid: /\b[A-Z]+_[A-Z]+\b|^[A-Z]+$/ } }],
			},
			{
				item: 'Cliengo Webhook Trigger',
				canvasName: 'Cliengo Webhook Trigger',
				credentials: ['leadchatCliengoWebhookApi'],
				// says what to fill and where to find it
				notice: /Webhook Key credential/i,
			},
		],
	},
	crisp: {
		search: 'Crisp',
		credentials: [
			{ type: 'leadchatCrispApi', text: ['identifier', 'key', 'websiteId', 'baseUrl'] },
			{ type: 'leadchatCrispWebhookApi', text: ['signatureSecret', 'websiteHookKey'] },
		],
		actions: [
			{
				item: 'Crisp',
				entry: 'Get a conversation',
				canvasName: 'Get a conversation',
				credentials: ['leadchatCrispApi'],
				dropdowns: [{ param: 'sessionId', expect: (f) => crispConversation(f).label, choose: true }],
				output: (f) => crispConversation(f).sessionId,
				subtitle: 'Get · Conversation',
			},
		],
		triggers: [
			{ item: 'Crisp', entry: 'On conversation started', canvasName: 'Crisp Trigger', credentials: ['leadchatCrispWebhookApi'] },
			{ item: 'Crisp Polling', entry: 'On new conversation', canvasName: 'Crisp Polling Trigger', credentials: ['leadchatCrispApi'] },
		],
	},
	chaport: {
		search: 'Chaport',
		credentials: [{ type: 'leadchatChaportApi', text: ['baseUrl', 'accessToken'], select: { region: 'Custom' } }],
		actions: [
			{
				item: 'Chaport',
				entry: 'Get a visitor',
				canvasName: 'Get a visitor',
				credentials: ['leadchatChaportApi'],
				dropdowns: [{ param: 'visitorId', expect: (f) => firstNamed([...f.chaport.store.visitors.values()]).name!, choose: true }],
				output: (f) => firstNamed([...f.chaport.store.visitors.values()]).id,
				subtitle: 'Get · Visitor',
			},
		],
		triggers: [
			{ item: 'Chaport', entry: 'On chat started', canvasName: 'Chaport Trigger', credentials: ['leadchatChaportApi'] },
			{ item: 'Chaport Polling', entry: 'On new chat', canvasName: 'Chaport Polling Trigger', credentials: ['leadchatChaportApi'] },
		],
	},
};

export { RAW_NAME };

function newest<T extends { id: number }>(records: T[]): T {
	if (!records.length) throw new Error('the fake holds no record');
	return records.reduce((a, b) => (b.id > a.id ? b : a));
}

/** The credential's account. */
function chatwootAccount(f: RunningFakes) {
	const account = f.chatwoot.state.accounts.find((a) => a.id === f.chatwoot.accountId);
	if (!account) throw new Error('the fake Chatwoot holds no account of the credential');
	return account;
}

/** The newest contact of the credential's account (the list shows the newest first). */
function chatwootContact(f: RunningFakes) {
	return newest(f.chatwoot.state.contacts.filter((c) => c.account_id === f.chatwoot.accountId));
}

/** A Cliengo contact as its list names it: name and last name. */
function cliengoName(c: { name: string | null; lastName: string | null }): string {
	return [c.name, c.lastName].filter(Boolean).join(' ');
}

/** The agent bot the seeded platform app may read (the Platform API sees only its own records). */
function platformAgentBot(f: RunningFakes) {
	const { state } = f.chatwoot;
	const bot = state.agentBots.find((b) => state.platformApps.some((app) => app.permissibles.has(`AgentBot:${b.id}`)));
	if (!bot) throw new Error('the fake Chatwoot holds no agent bot of its platform app');
	return bot;
}

function first<T>(records: T[]): T {
	if (!records.length) throw new Error('the fake holds no record');
	return records[0];
}

function firstNamed<T extends { name: string | null }>(records: T[]): T {
	const named = records.find((r) => r.name);
	if (!named) throw new Error('the fake holds no named record');
	return named;
}

function crispConversation(f: RunningFakes): { sessionId: string; label: string } {
	const websiteId = String(f.credentials().find((c) => c.type === 'leadchatCrispApi')?.data.websiteId);
	const conversation = [...(f.crisp.store.websites.get(websiteId)?.conversations.values() ?? [])].find((c) => c.meta?.nickname);
	if (!conversation) throw new Error('the fake Crisp holds no conversation');
	return { sessionId: conversation.session_id, label: conversation.meta.nickname! };
}
