import { field } from '@leadchat/core';

export const messageIdField = () => field.id('messageId', 'Message ID', { numeric: true, placeholder: 'e.g. 1234' });
