/**
 * Binary-data helpers behaving like n8n's in-memory binary data mode
 * (`data` holds the base64 payload, `fileSize` is human readable).
 */
import type { IBinaryData, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError, fileTypeFromMimeType } from 'n8n-workflow';
import path from 'node:path';
import { Readable } from 'node:stream';

const MIME_BY_EXTENSION: Record<string, string> = {
	txt: 'text/plain',
	csv: 'text/csv',
	html: 'text/html',
	htm: 'text/html',
	css: 'text/css',
	js: 'application/javascript',
	json: 'application/json',
	xml: 'application/xml',
	pdf: 'application/pdf',
	zip: 'application/zip',
	gz: 'application/gzip',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xls: 'application/vnd.ms-excel',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	svg: 'image/svg+xml',
	ico: 'image/x-icon',
	mp3: 'audio/mpeg',
	ogg: 'audio/ogg',
	oga: 'audio/ogg',
	wav: 'audio/wav',
	m4a: 'audio/mp4',
	mp4: 'video/mp4',
	webm: 'video/webm',
	mov: 'video/quicktime',
};

const EXTENSION_BY_MIME: Record<string, string> = {
	'text/plain': 'txt',
	'text/csv': 'csv',
	'text/html': 'html',
	'text/css': 'css',
	'application/javascript': 'js',
	'application/json': 'json',
	'application/xml': 'xml',
	'application/pdf': 'pdf',
	'application/zip': 'zip',
	'application/gzip': 'gz',
	'image/png': 'png',
	'image/jpeg': 'jpg',
	'image/gif': 'gif',
	'image/webp': 'webp',
	'image/svg+xml': 'svg',
	'audio/mpeg': 'mp3',
	'audio/ogg': 'oga',
	'audio/wav': 'wav',
	'video/mp4': 'mp4',
	'video/webm': 'webm',
	'video/quicktime': 'mov',
};

export function mimeTypeFromFileName(fileName: string): string | undefined {
	const ext = path.extname(fileName).slice(1).toLowerCase();
	return ext ? MIME_BY_EXTENSION[ext] : undefined;
}

function sniffMimeType(buffer: Buffer): { mime: string; ext: string } | undefined {
	const starts = (...bytes: number[]) => bytes.every((b, i) => buffer[i] === b);
	if (starts(0x89, 0x50, 0x4e, 0x47)) return { mime: 'image/png', ext: 'png' };
	if (starts(0xff, 0xd8, 0xff)) return { mime: 'image/jpeg', ext: 'jpg' };
	if (starts(0x47, 0x49, 0x46, 0x38)) return { mime: 'image/gif', ext: 'gif' };
	if (starts(0x25, 0x50, 0x44, 0x46)) return { mime: 'application/pdf', ext: 'pdf' };
	if (starts(0x50, 0x4b, 0x03, 0x04)) return { mime: 'application/zip', ext: 'zip' };
	return undefined;
}

/** Like the `pretty-bytes` output n8n stores in `fileSize` (e.g. `11 B`, `1.5 kB`). */
export function prettyBytes(size: number): string {
	if (size < 1000) return `${size} B`;
	const units = ['kB', 'MB', 'GB', 'TB'];
	let value = size;
	let unit = 'B';
	for (const next of units) {
		if (value < 1000) break;
		value /= 1000;
		unit = next;
	}
	return `${Number(value.toPrecision(3))} ${unit}`;
}

export async function binaryToBuffer(body: Buffer | Readable): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body;
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
	return Buffer.concat(chunks);
}

export async function prepareBinaryData(
	binaryData: Buffer | Readable,
	filePath?: string,
	mimeType?: string,
): Promise<IBinaryData> {
	const buffer = await binaryToBuffer(binaryData);
	let fileExtension: string | undefined;
	if (!mimeType && filePath) mimeType = mimeTypeFromFileName(filePath);
	if (!mimeType) {
		const sniffed = sniffMimeType(buffer);
		if (sniffed) {
			mimeType = sniffed.mime;
			fileExtension = sniffed.ext;
		}
	}
	if (!fileExtension && mimeType) fileExtension = EXTENSION_BY_MIME[mimeType.split(';')[0].trim()];
	if (!mimeType) mimeType = 'text/plain';

	const result: IBinaryData = {
		mimeType,
		fileType: fileTypeFromMimeType(mimeType),
		fileExtension,
		data: '',
	};
	if (filePath) {
		const parts = path.parse(filePath);
		if (parts.dir !== '') result.directory = parts.dir;
		result.fileName = parts.base;
		const ext = parts.ext.slice(1);
		if (ext) result.fileExtension = ext;
	}
	if (result.fileExtension === undefined) delete result.fileExtension;
	return setBinaryDataBuffer(result, buffer);
}

export async function setBinaryDataBuffer(data: IBinaryData, binaryData: Buffer | Readable): Promise<IBinaryData> {
	const buffer = await binaryToBuffer(binaryData);
	data.data = buffer.toString('base64');
	data.fileSize = prettyBytes(buffer.length);
	data.bytes = buffer.length;
	return data;
}

export function assertBinaryData(
	items: INodeExecutionData[],
	node: INode,
	itemIndex: number,
	parameterData: string | IBinaryData,
): IBinaryData {
	if (typeof parameterData === 'object' && parameterData !== null) return parameterData;
	const propertyName = parameterData;
	const binaryKeyData = items[itemIndex]?.binary;
	if (binaryKeyData === undefined) {
		throw new NodeOperationError(
			node,
			`This operation expects the node's input data to contain a binary file '${propertyName}', but none was found [item ${itemIndex}]`,
			{ itemIndex, description: 'Make sure that the previous node outputs a binary file' },
		);
	}
	const binaryPropertyData = binaryKeyData[propertyName];
	if (binaryPropertyData === undefined) {
		throw new NodeOperationError(node, `The item has no binary field '${propertyName}' [item ${itemIndex}]`, {
			itemIndex,
			description:
				'Check that the parameter where you specified the input binary field name is correct, and that it matches a field in the binary input',
		});
	}
	return binaryPropertyData;
}

export function binaryDataToBuffer(data: IBinaryData): Buffer {
	if (data.id) {
		throw new Error(
			`testkit: binary data "${data.id}" is stored by reference (filesystem/S3 mode); only in-memory base64 data is supported`,
		);
	}
	return Buffer.from(data.data, 'base64');
}
