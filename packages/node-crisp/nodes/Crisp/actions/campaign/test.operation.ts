import { campaignAction } from './fields';

export const testCampaign = campaignAction('test', 'Test', 'Test a campaign', 'Send a test of a ready campaign');
