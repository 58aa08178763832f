import { field } from '@leadchat/core';
import { locatorField } from '../../descriptions/common';

export const captainFaqField = locatorField('faqId', 'FAQ', { searchListMethod: 'searchCaptainFaqs' });

export const FAQ_STATUSES = [
	{ name: 'Approved', value: 'approved' },
	{ name: 'Pending', value: 'pending' },
];

export const faqStatusField = () => field.options('status', 'Status', FAQ_STATUSES, { description: 'Pending FAQs (drafted by Captain) are not used until approved' });
