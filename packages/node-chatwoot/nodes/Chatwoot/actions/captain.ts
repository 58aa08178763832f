import type { ResourceSpec } from '@leadchat/core';
import { captainAssistant } from './captainAssistant/CaptainAssistant.resource';
import { captainAssistantInbox } from './captainAssistantInbox/CaptainAssistantInbox.resource';
import { captainDocument } from './captainDocument/CaptainDocument.resource';
import { captainFaq } from './captainFaq/CaptainFaq.resource';
import { captainScenario } from './captainScenario/CaptainScenario.resource';
import { captainTask } from './captainTask/CaptainTask.resource';

/**
 * The Chatwoot Captain node's resources: Captain, Chatwoot's AI (assistants and their knowledge are
 * Enterprise; the AI tasks need Captain set up), in dropdown order. A module of its own, so that
 * the node's bundle holds only these.
 */
export const captainResources: ResourceSpec[] = [captainTask, captainAssistant, captainAssistantInbox, captainScenario, captainFaq, captainDocument];
