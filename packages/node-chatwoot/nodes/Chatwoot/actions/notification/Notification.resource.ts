import type { ResourceSpec } from '@leadchat/core';
import { deleteNotification } from './delete.operation';
import { deleteAll } from './deleteAll.operation';
import { getAll } from './getAll.operation';
import { markUnread } from './markUnread.operation';
import { readAll } from './readAll.operation';
import { snooze } from './snooze.operation';
import { unreadCount } from './unreadCount.operation';
import { update } from './update.operation';

export const notification: ResourceSpec = {
	value: 'notification',
	name: 'Notification',
	operations: [deleteNotification, deleteAll, getAll, markUnread, readAll, snooze, unreadCount, update],
	defaultOperation: getAll,
};
