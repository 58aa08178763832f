import type { ResourceSpec } from '@leadchat/core';
import { contact } from './contact/Contact.resource';

/** Every resource of the node, in dropdown order. */
export const resources: ResourceSpec[] = [contact];
