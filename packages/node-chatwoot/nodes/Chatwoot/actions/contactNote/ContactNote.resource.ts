import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteNote } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const contactNote: ResourceSpec = {
	value: 'contactNote',
	name: 'Contact Note',
	operations: [create, deleteNote, get, getAll, update],
	defaultOperation: create,
};
