import { field } from '@leadchat/core';

export const redirectionField = () => field.id('redirectionId', 'Redirection ID', { description: 'The redirection_id of a redirection (see Get Many)' });
