import type { ResourceSpec } from '@leadchat/core';
import { add } from './add.operation';
import { get } from './get.operation';
import { remove } from './remove.operation';
import { set } from './set.operation';

export const contactLabel: ResourceSpec = {
	value: 'contactLabel',
	name: 'Contact Label',
	operations: [add, get, remove, set],
	defaultOperation: add,
};
