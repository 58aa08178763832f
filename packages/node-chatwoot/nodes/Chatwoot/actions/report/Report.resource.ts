import type { ResourceSpec } from '@leadchat/core';
import { downloadAgentsReport } from './downloadAgentsReport.operation';
import { downloadConversationTraffic } from './downloadConversationTraffic.operation';
import { downloadConversationsSummary } from './downloadConversationsSummary.operation';
import { downloadInboxesReport } from './downloadInboxesReport.operation';
import { downloadLabelsReport } from './downloadLabelsReport.operation';
import { downloadTeamsReport } from './downloadTeamsReport.operation';
import { getBotMetrics } from './getBotMetrics.operation';
import { getBotSummary } from './getBotSummary.operation';
import { getDrilldown } from './getDrilldown.operation';
import { getLiveConversationMetrics } from './getLiveConversationMetrics.operation';
import { getLiveGroupedConversationMetrics } from './getLiveGroupedConversationMetrics.operation';
import { getAccountConversationMetrics } from './getAccountConversationMetrics.operation';
import { getAgentConversationMetrics } from './getAgentConversationMetrics.operation';
import { getAgentSummary } from './getAgentSummary.operation';
import { getChannelSummary } from './getChannelSummary.operation';
import { getFirstResponseTimeDistribution } from './getFirstResponseTimeDistribution.operation';
import { getInboxLabelMatrix } from './getInboxLabelMatrix.operation';
import { getInboxSummary } from './getInboxSummary.operation';
import { getLabelSummary } from './getLabelSummary.operation';
import { getMetrics } from './getMetrics.operation';
import { getOutgoingMessagesCount } from './getOutgoingMessagesCount.operation';
import { getSummary } from './getSummary.operation';
import { getTeamSummary } from './getTeamSummary.operation';

export const report: ResourceSpec = {
	value: 'report',
	name: 'Report',
	operations: [
		getAccountConversationMetrics,
		getAgentConversationMetrics,
		getAgentSummary,
		getChannelSummary,
		getMetrics,
		getSummary,
		getFirstResponseTimeDistribution,
		getInboxLabelMatrix,
		getInboxSummary,
		getLabelSummary,
		getOutgoingMessagesCount,
		getTeamSummary,
		downloadAgentsReport,
		downloadConversationTraffic,
		downloadConversationsSummary,
		downloadInboxesReport,
		downloadLabelsReport,
		downloadTeamsReport,
		getBotMetrics,
		getBotSummary,
		getDrilldown,
		getLiveConversationMetrics,
		getLiveGroupedConversationMetrics,
	],
	defaultOperation: getSummary,
};
