import type { ResourceSpec } from '@leadchat/core';
import { person } from './person/Person.resource';

/** Every resource of the node, in dropdown order. Each resource folder adds itself here. */
export const resources: ResourceSpec[] = [person];
