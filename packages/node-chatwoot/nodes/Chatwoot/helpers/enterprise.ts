/**
 * Operations that reach a route only Chatwoot's Enterprise edition serves (Chatwoot Cloud runs it;
 * a Community Edition self-host answers 404). Their description says so with this sentence, and
 * the transport turns such a 404 into a message naming the edition.
 */
export const ENTERPRISE_NOTE = 'Needs Chatwoot Enterprise or Cloud (a Community Edition server answers 404)';

/** The description of an Enterprise-only operation or field: its own text, then the note. */
export function enterpriseOnly(description: string): string {
	return `${description.replace(/\.?\s*$/, '')}. ${ENTERPRISE_NOTE}.`;
}
