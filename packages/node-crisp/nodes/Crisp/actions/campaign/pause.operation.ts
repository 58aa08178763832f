import { campaignAction } from './fields';

export const pauseCampaign = campaignAction('pause', 'Pause', 'Pause a campaign', 'Pause a campaign that is sending');
