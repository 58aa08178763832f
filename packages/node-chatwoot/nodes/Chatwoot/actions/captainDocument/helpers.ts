import { locatorField } from '../../descriptions/common';

export const captainDocumentField = locatorField('documentId', 'Document', { searchListMethod: 'searchCaptainDocuments' });
