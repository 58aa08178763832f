/** The census of Chatwoot's server routes and the Rails-like recogniser live in the test kit, beside the fake they check. */
import { chatwoot } from '@leadchat/testkit';

export const { endpoints, endpointKey, FAMILIES, recognise } = chatwoot.census;
export type CensusEndpoint = chatwoot.census.CensusEndpoint;
