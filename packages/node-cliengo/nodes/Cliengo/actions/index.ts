import type { ResourceSpec } from '@leadchat/core';
import { account } from './account/Account.resource';
import { chatbot } from './chatbot/Chatbot.resource';
import { contact } from './contact/Contact.resource';
import { conversation } from './conversation/Conversation.resource';
import { site } from './site/Site.resource';
import { user } from './user/User.resource';

/** Every resource of the node, in dropdown order. */
export const resources: ResourceSpec[] = [contact, conversation, site, chatbot, user, account];
