import type { ResourceSpec } from '@leadchat/core';
import { contact } from '../contact/Contact.resource';

/** Contacts, conversations, messages and what hangs off them. */
export const conversationResources: ResourceSpec[] = [contact];
