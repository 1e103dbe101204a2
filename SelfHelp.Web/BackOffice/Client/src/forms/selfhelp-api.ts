import { UMB_AUTH_CONTEXT } from '@umbraco-cms/backoffice/auth';
import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';

/** The staff API (entries, moderation, exports, personal data), on the back office user's own token. */
export const STAFF_API = '/umbraco/forms/management/api/v1';

/** SelfHelp's own Management API operations (forms with counts, approve into draft, the attention dashboard). */
export const MANAGEMENT_API = '/umbraco/management/api/v1';

/** A ProblemDetails as the server writes it, for a message the user can read. */
export interface SelfHelpProblem {
	title?: string;
	detail?: string;
	status?: number;
}

/**
 * Calls SelfHelp's APIs with the signed-in user's bearer token from the auth context, the way the client's own
 * generated SDK does (same base address and credentials), so the server checks the same user and groups.
 */
export class SelfHelpApi extends UmbControllerBase {
	async fetch(path: string, init: RequestInit = {}): Promise<Response> {
		const auth = await this.getContext(UMB_AUTH_CONTEXT);
		if (!auth) throw new Error('No auth context');
		const config = auth.getOpenApiConfiguration();
		const token = await auth.getLatestToken();
		const headers = new Headers(init.headers);
		headers.set('Authorization', `Bearer ${token}`);
		if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
		return fetch((config.base ?? '') + path, { ...init, headers, credentials: config.credentials });
	}

	/** GETs JSON, or answers the problem the server gave. */
	async json<T>(path: string, init: RequestInit = {}): Promise<{ data?: T; problem?: SelfHelpProblem }> {
		const response = await this.fetch(path, init);
		if (!response.ok) return { problem: await SelfHelpApi.problemOf(response) };
		const text = await response.text();
		return { data: (text ? JSON.parse(text) : undefined) as T };
	}

	/** Saves a response body (a CSV export, an uploaded file) as a download, since a plain link would carry no token. */
	async download(path: string, fallbackName: string): Promise<SelfHelpProblem | undefined> {
		const response = await this.fetch(path);
		if (!response.ok) return SelfHelpApi.problemOf(response);
		const disposition = response.headers.get('Content-Disposition') ?? '';
		const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
		const url = URL.createObjectURL(await response.blob());
		const link = document.createElement('a');
		link.href = url;
		link.download = decodeURIComponent(name);
		link.click();
		URL.revokeObjectURL(url);
		return undefined;
	}

	static async problemOf(response: Response): Promise<SelfHelpProblem> {
		try {
			return { status: response.status, ...((await response.json()) as SelfHelpProblem) };
		} catch {
			return { status: response.status };
		}
	}
}
