import { campaignAction } from './fields';

export const resumeCampaign = campaignAction('resume', 'Resume', 'Resume a campaign', 'Resume a paused campaign');
