import type { ResourceSpec } from '@leadchat/core';
import { conversationResources } from './groups/conversations';
import { adminResources } from './groups/admin';
import { platformAndPublicResources } from './groups/platformAndPublic';

/** Every resource of the node, in dropdown order: conversations first, then account admin, then platform and client APIs. */
export const resources: ResourceSpec[] = [...conversationResources, ...adminResources, ...platformAndPublicResources];
