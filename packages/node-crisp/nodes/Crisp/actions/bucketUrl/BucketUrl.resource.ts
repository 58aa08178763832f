import type { ResourceSpec } from '@leadchat/core';
import { generate } from './generate.operation';

/** Upload URLs for Crisp's file storage (bucket). */
export const bucketUrl: ResourceSpec = {
	value: 'bucketUrl',
	name: 'Bucket URL',
	description: "Upload URLs for Crisp's file storage",
	family: 'root',
	operations: [generate],
	defaultOperation: generate,
};
