/**
 * Builders for complete records with the defaults the fake assigns ([I] where Cliengo's defaults
 * are unknown). Used by the POST routes, the seed and the test helpers.
 */
import type { CliengoStore } from './store';
import { toIso } from './store';
import type { Chatbot, Contact, Conversation, Site, User } from './types';

export type ContactInput = Partial<Omit<Contact, 'id' | 'creationDate' | 'lastUpdateDate'>> & {
	id?: string;
	creationDate?: Date | number | string;
	lastUpdateDate?: Date | number | string;
};

/** A contact as Cliengo would store it; `websiteId` defaults to the first site. */
export function buildContact(store: CliengoStore, input: ContactInput): Contact {
	const createdMs = input.creationDate !== undefined ? Date.parse(toIso(input.creationDate)) : store.clock.now();
	const creationDate = toIso(createdMs);
	const site = (input.websiteId ? store.site(input.websiteId) : undefined) ?? store.sites[0];
	const websiteId = input.websiteId ?? site?.id ?? '';
	const { id, creationDate: _c, lastUpdateDate, ...rest } = input;
	return {
		accountId: store.account.id,
		accountName: store.account.name,
		websiteName: site?.title ?? '',
		name: null,
		lastName: null,
		email: null,
		phone: null,
		age: null,
		status: 'NEW',
		subStatus: null,
		rating: null,
		message: null,
		entryMethod: 'API',
		medium: 'API',
		mediumTranslate: 'API',
		utmSource: null,
		utmCampaign: null,
		utmContent: null,
		utmMedium: null,
		utmTerm: null,
		geoip: { city: null, state: null, country: null },
		leadFields: {},
		calls: [],
		logs: [],
		notes: [],
		duplicatedContact: false,
		assignedTo: null,
		conversionUrl: null,
		landingUrl: null,
		referalUrl: null,
		tags: [],
		contactMethod: null,
		dueDate: null,
		scheduleStatusTo: null,
		scheduleDate: null,
		sellPrice: null,
		sellSuscription: null,
		cancelReason: null,
		extraParams: {},
		externalStatus: null,
		...rest,
		websiteId,
		id: id ?? store.newId(createdMs),
		creationDate,
		// [I] a new contact's lastUpdateDate equals its creationDate.
		lastUpdateDate: lastUpdateDate !== undefined ? toIso(lastUpdateDate) : creationDate,
	};
}

export function buildSite(store: CliengoStore, input: Partial<Site> & { title: string; url: string }): Site {
	const now = store.clock.now();
	return {
		id: input.id ?? store.newId(now),
		companyId: store.account.id,
		email: null,
		creationDate: toIso(now),
		deleted: false,
		enableChat: true,
		scriptInstalled: false,
		isWhatsAppApi: false,
		isWhatsAppBusiness: false,
		...input,
	};
}

export function buildUser(store: CliengoStore, input: Partial<User> & { name: string; email: string }): User {
	const now = store.clock.now();
	return {
		id: input.id ?? store.newId(now),
		companyId: store.account.id,
		phone: null,
		imageUrl: null,
		language: 'es',
		permissions: ['LEADS'],
		allowedWebsiteIds: store.sites.map((s) => s.id),
		isSuperUser: false,
		deleted: false,
		creationDate: toIso(now),
		...input,
	};
}

export function buildChatbot(store: CliengoStore, site: Site, name: string): Chatbot {
	return {
		id: store.newId(),
		websiteId: site.id,
		companyId: site.companyId,
		name,
		enabled: true,
		language: 'es',
		globalFulfillmentUrl: null,
		creationDate: site.creationDate,
	};
}

export function buildConversation(
	store: CliengoStore,
	input: Partial<Conversation> & { websiteId: string; channel: Conversation['channel']; from: string },
): Conversation {
	const now = store.clock.now();
	return {
		id: input.id ?? store.newId(now),
		companyId: store.account.id,
		type: 'CHAT',
		status: 'ACTIVE',
		isClosed: false,
		intercepted: false,
		assignedTo: null,
		persistentLastOperator: null,
		participants: [],
		phaseId: null,
		phaseHistory: [],
		visitorName: null,
		visitorEmail: null,
		visitorPhone: null,
		visitorColor: '#4a90e2',
		clientName: null,
		lastMessage: null,
		lastMessageDate: null,
		lastMessageSender: null,
		unreadMessageCount: 0,
		tags: [],
		operatorTags: [],
		supportTicket: [],
		conversationContext: {},
		externalId: null,
		url: null,
		creationDate: toIso(now),
		...input,
	};
}
