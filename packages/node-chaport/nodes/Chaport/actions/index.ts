import type { ResourceSpec } from '@leadchat/core';
import { chat } from './chat/Chat.resource';
import { message } from './message/Message.resource';
import { operator } from './operator/Operator.resource';
import { visitor } from './visitor/Visitor.resource';
import { webhook } from './webhook/Webhook.resource';

/** Every resource of the node, in dropdown order. */
export const resources: ResourceSpec[] = [visitor, chat, message, operator, webhook];
