import { campaignAction } from './fields';

export const dispatchCampaign = campaignAction('dispatch', 'Dispatch', 'Dispatch a campaign', 'Send a ready campaign to its recipients');
