import type { IDataObject } from 'n8n-workflow';

/** The response of a route documented as returning nothing, or what it did return. */
export function resultOr(body: unknown, fallback: IDataObject): IDataObject {
	if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length > 0) return body as IDataObject;
	return fallback;
}
