export interface WorkflowFinding {
	file: string;
	line: number;
	column: number;
	message: string;
	kind: string;
}
export const WORKFLOWS_DIR: string;
export function workflowFiles(): string[];
export function lintWorkflowText(text: string, name: string): Promise<WorkflowFinding[]>;
export function lintWorkflowFiles(files?: string[]): Promise<WorkflowFinding[]>;
