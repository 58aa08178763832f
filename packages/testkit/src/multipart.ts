/**
 * A small multipart/form-data parser (RFC 7578) for the fake servers.
 */

export interface MultipartFile {
	field: string;
	filename: string;
	contentType: string;
	size: number;
	data: Buffer;
}

export interface MultipartBody {
	fields: Record<string, string | string[]>;
	files: MultipartFile[];
}

export class MultipartParseError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MultipartParseError';
	}
}

/** Extracts `boundary` from a `multipart/form-data; boundary=...` content-type header. */
export function getBoundary(contentType: string | undefined): string | undefined {
	if (!contentType) return undefined;
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!match) return undefined;
	return (match[1] ?? match[2]).trim();
}

/** Reads a parameter (e.g. `name`, `filename`) from a Content-Disposition header value. */
function dispositionParam(header: string, param: string): string | undefined {
	// RFC 5987 extended form first: filename*=UTF-8''na%C3%AFve.txt
	const extended = new RegExp(`(?:^|;)\\s*${param}\\*=([^']*)'[^']*'([^;]*)`, 'i').exec(header);
	if (extended) {
		try {
			return decodeURIComponent(extended[2].trim());
		} catch {
			return extended[2].trim();
		}
	}
	const quoted = new RegExp(`(?:^|;)\\s*${param}="((?:\\\\.|[^"\\\\])*)"`, 'i').exec(header);
	if (quoted) return quoted[1].replace(/\\(.)/g, '$1');
	const bare = new RegExp(`(?:^|;)\\s*${param}=([^;]*)`, 'i').exec(header);
	if (bare) return bare[1].trim();
	return undefined;
}

function parsePartHeaders(block: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of block.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon <= 0) continue;
		headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

/**
 * Parses a multipart body. Parts with a `filename` parameter become files (even an empty
 * filename), the others become text fields; repeated field names become arrays.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
	const result: MultipartBody = { fields: {}, files: [] };
	const delimiter = Buffer.from(`--${boundary}`);
	const CRLF = Buffer.from('\r\n');
	const HEADER_END = Buffer.from('\r\n\r\n');

	let position = body.indexOf(delimiter);
	if (position === -1) throw new MultipartParseError('multipart body has no boundary delimiter');

	for (;;) {
		position += delimiter.length;
		// Closing delimiter: `--boundary--`
		if (body[position] === 0x2d && body[position + 1] === 0x2d) break;
		// Skip transport padding + CRLF after the delimiter
		const lineEnd = body.indexOf(CRLF, position);
		if (lineEnd === -1) throw new MultipartParseError('truncated multipart body');
		const partStart = lineEnd + 2;

		const next = body.indexOf(Buffer.concat([CRLF, delimiter]), partStart);
		if (next === -1) throw new MultipartParseError('multipart body is missing its closing boundary');

		const part = body.subarray(partStart, next);
		const headerEnd = part.indexOf(HEADER_END);
		const headerBlock = headerEnd === -1 ? part.toString('utf8') : part.subarray(0, headerEnd).toString('utf8');
		const content = headerEnd === -1 ? Buffer.alloc(0) : part.subarray(headerEnd + 4);
		const headers = parsePartHeaders(headerBlock);

		const disposition = headers['content-disposition'];
		if (!disposition) throw new MultipartParseError('multipart part without Content-Disposition');
		const name = dispositionParam(disposition, 'name');
		if (name === undefined) throw new MultipartParseError('multipart part without a name');
		const filename = dispositionParam(disposition, 'filename');

		if (filename !== undefined) {
			const data = Buffer.from(content);
			result.files.push({
				field: name,
				filename,
				contentType: headers['content-type'] ?? 'application/octet-stream',
				size: data.length,
				data,
			});
		} else {
			const value = content.toString('utf8');
			const existing = result.fields[name];
			if (existing === undefined) result.fields[name] = value;
			else if (Array.isArray(existing)) existing.push(value);
			else result.fields[name] = [existing, value];
		}

		position = next + 2; // points at the next `--boundary`
	}
	return result;
}
