import { field } from '@leadchat/core';

export const spamField = () => field.id('spamId', 'Spam ID', { placeholder: 'e.g. b45e7d75-61ab-416c-858b-1919b5fcfd10', description: 'The spam_id of a held conversation (see Get Spam Conversations)' });
