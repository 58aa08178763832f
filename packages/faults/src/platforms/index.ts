/**
 * The platforms of the fault suite. A platform joins every fault test (in-process and in real n8n)
 * by adding its `Platform` here: its fake, its action node and credentials, and its fault profile.
 */
import type { Platform } from '../registry';
import { chaportPlatform } from './chaport';
import { chatwootPlatform } from './chatwoot';
import { cliengoPlatform } from './cliengo';
import { crispPlatform } from './crisp';

export const PLATFORMS: Platform[] = [chatwootPlatform, cliengoPlatform, crispPlatform, chaportPlatform];

export { chaportPlatform, chatwootPlatform, cliengoPlatform, crispPlatform };
