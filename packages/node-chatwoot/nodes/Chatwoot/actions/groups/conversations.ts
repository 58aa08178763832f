import type { ResourceSpec } from '@leadchat/core';
import { bulkAction } from '../bulkAction/BulkAction.resource';
import { contact } from '../contact/Contact.resource';
import { contactInbox } from '../contactInbox/ContactInbox.resource';
import { contactLabel } from '../contactLabel/ContactLabel.resource';
import { contactNote } from '../contactNote/ContactNote.resource';
import { conversation } from '../conversation/Conversation.resource';
import { conversationAssignment } from '../conversationAssignment/ConversationAssignment.resource';
import { conversationLabel } from '../conversationLabel/ConversationLabel.resource';
import { conversationParticipant } from '../conversationParticipant/ConversationParticipant.resource';
import { csat } from '../csat/Csat.resource';
import { message } from '../message/Message.resource';
import { notification } from '../notification/Notification.resource';
import { search } from '../search/Search.resource';

/** Contacts, conversations, messages and what hangs off them. */
export const conversationResources: ResourceSpec[] = [
	contact,
	contactInbox,
	contactLabel,
	contactNote,
	conversation,
	conversationAssignment,
	conversationLabel,
	conversationParticipant,
	message,
	search,
	bulkAction,
	notification,
	csat,
];
