import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { createOrUpdate } from './createOrUpdate.operation';
import { deleteContact } from './delete.operation';
import { deleteCustomAttributes } from './deleteCustomAttributes.operation';
import { filter } from './filter.operation';
import { get } from './get.operation';
import { getActive } from './getActive.operation';
import { getAll } from './getAll.operation';
import { getContactableInboxes } from './getContactableInboxes.operation';
import { getConversations } from './getConversations.operation';
import { merge } from './merge.operation';
import { search } from './search.operation';
import { update } from './update.operation';
import { findBySourceId } from './findBySourceId.operation';
import { getAttachments } from './getAttachments.operation';
import { exportContacts } from './export.operation';
import { importContacts } from './import.operation';

export const contact: ResourceSpec = {
	value: 'contact',
	name: 'Contact',
	operations: [create, createOrUpdate, deleteContact, deleteCustomAttributes, exportContacts, filter, findBySourceId, get, getActive, getAll, getAttachments, getContactableInboxes, getConversations, importContacts, merge, search, update],
	defaultOperation: getAll,
};
