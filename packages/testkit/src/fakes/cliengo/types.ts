/**
 * Records of the fake Cliengo (legacy REST 1.0). Field names follow `shared/api/cliengo.md` §3/§4.1:
 * camelCase, 24-hex ObjectId ids, RFC 3339 UTC dates (`toISOString()`), single objects bare.
 *
 * Tags used in comments: [C-doc] Cliengo's own pages, [3P] third party, [I] inferred.
 */

export interface Account {
	id: string;
	email: string;
	name: string;
	contactName: string;
	whiteLabelId: string;
	creationDate: string;
	taxId: string;
	address: string;
	taxIdName: string;
	phone: string;
	leadCount: number;
	leadLimit: number;
	language: string;
	timeZone: string;
}

export interface Site {
	id: string;
	companyId: string;
	title: string;
	url: string;
	email: string | null;
	creationDate: string;
	deleted: boolean;
	enableChat: boolean;
	scriptInstalled: boolean;
	isWhatsAppApi: boolean;
	isWhatsAppBusiness: boolean;
}

export interface User {
	id: string;
	companyId: string;
	name: string;
	email: string;
	phone: string | null;
	imageUrl: string | null;
	language: string;
	permissions: string[];
	allowedWebsiteIds: string[];
	isSuperUser: boolean;
	deleted: boolean;
	creationDate: string;
}

/** `GET /sites/{id}/chatbot` and the items of `GET /sites/chatbots` [I: shape not documented]. */
export interface Chatbot {
	id: string;
	websiteId: string;
	companyId: string;
	name: string;
	enabled: boolean;
	language: string;
	globalFulfillmentUrl: string | null;
	creationDate: string;
}

/** `GET /sites/{id}/chatbot/triggers` items [C-doc]. */
export interface ChatbotTrigger {
	id: string;
	response: string;
	stopNextMessage: boolean;
	ignoreLead: boolean;
	matchesList: Array<{ type: 'phrase' | 'contains' | 'startswith' | 'endswith' | 'equals' | 'regex'; value: string }>;
}

export interface Note {
	id: string;
	message: string;
	creationDate: string;
	creator: { id: string | null; name: string };
}

/** `GET /contacts/{id}/messages` items [3P]. */
export interface ContactMessage {
	creationDate: string;
	message: string;
}

/** `GET /contacts/{id}/history` items [3P]. */
export interface HistoryEntry {
	creationDate: string;
	creator: { id: string | null; name: string };
	from: string | null;
	message: string | null;
	to: string | null;
	type: string;
}

export interface Contact {
	id: string;
	accountId: string;
	accountName: string;
	websiteId: string;
	websiteName: string;
	name: string | null;
	lastName: string | null;
	email: string | null;
	phone: string | null;
	age: number | null;
	status: string;
	subStatus: string | null;
	rating: number | null;
	message: string | null;
	entryMethod: string;
	medium: string;
	mediumTranslate: string;
	utmSource: string | null;
	utmCampaign: string | null;
	utmContent: string | null;
	utmMedium: string | null;
	utmTerm: string | null;
	geoip: { city: string | null; state: string | null; country: string | null };
	leadFields: Record<string, unknown>;
	calls: unknown[];
	logs: unknown[];
	notes: Note[];
	duplicatedContact: boolean;
	assignedTo: string | null;
	conversionUrl: string | null;
	landingUrl: string | null;
	/** Spelled with one "r", as observed [3P-obs]. */
	referalUrl: string | null;
	/** [I] tags added with POST /contacts/{id}/tags. */
	tags: string[];
	/** Fields settable with PATCH /contacts/{id} [3P]. */
	contactMethod: string | null;
	dueDate: string | null;
	scheduleStatusTo: string | null;
	scheduleDate: string | null;
	sellPrice: number | null;
	sellSuscription: string | null;
	cancelReason: number | null;
	extraParams: Record<string, unknown>;
	externalStatus: string | null;
	creationDate: string;
	lastUpdateDate: string;
}

export interface Conversation {
	id: string;
	companyId: string;
	websiteId: string;
	channel: 'WEB' | 'FACEBOOK' | 'WHATSAPP';
	from: string;
	type: string;
	status: string;
	isClosed: boolean;
	intercepted: boolean;
	assignedTo: string | null;
	persistentLastOperator: string | null;
	participants: string[];
	phaseId: string | null;
	phaseHistory: unknown[];
	visitorName: string | null;
	visitorEmail: string | null;
	visitorPhone: string | null;
	visitorColor: string;
	clientName: string | null;
	lastMessage: string | null;
	lastMessageDate: string | null;
	lastMessageSender: string | null;
	unreadMessageCount: number;
	tags: string[];
	operatorTags: string[];
	supportTicket: unknown[];
	conversationContext: Record<string, unknown>;
	externalId: string | null;
	url: string | null;
	creationDate: string;
}

/** `GET /conversations/{id}/messages` items [3P]. */
export interface ConversationMessage {
	id: string;
	body: string;
	message: Record<string, unknown>;
	response_options: string[];
	sendAt: string;
	sentAt: string;
	sender: { type: 'visitor' | 'chatbot' | 'operator'; id: string | null; name: string | null };
	tags: string[];
	type: string;
}

export interface CliengoState {
	apiKey: string;
	/** JWTs issued by GET /jwt; accepted as `Authorization: Bearer <jwt>`. */
	jwts: Set<string>;
	account: Account;
	sites: Site[];
	users: User[];
	chatbots: Map<string, Chatbot>;
	triggers: Map<string, ChatbotTrigger[]>;
	contacts: Map<string, Contact>;
	contactMessages: Map<string, ContactMessage[]>;
	history: Map<string, HistoryEntry[]>;
	conversations: Map<string, Conversation>;
	conversationMessages: Map<string, ConversationMessage[]>;
}
