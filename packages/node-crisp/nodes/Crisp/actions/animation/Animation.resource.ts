import type { ResourceSpec } from '@leadchat/core';
import { getAll } from './getAll.operation';

/** Crisp's animation library (GIFs for animation messages). */
export const animation: ResourceSpec = {
	value: 'animation',
	name: 'Animation',
	description: "Crisp's animation (GIF) library for messages",
	family: 'root',
	operations: [getAll],
	defaultOperation: getAll,
};
