import { SelfHelpApi, MANAGEMENT_API, STAFF_API, type SelfHelpProblem } from './selfhelp-api.js';
import type { EntryDetails, FormEntryState } from './types.js';
import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UMB_NOTIFICATION_CONTEXT } from '@umbraco-cms/backoffice/notification';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';

const stateTerm = (state: FormEntryState) => `selfhelpForms_state${state}`;

/**
 * One entry: its answers (sensitive ones the user may not see shown as hidden, never blank), its files, its history
 * and workflows, and the moderator's actions: approve, reject, mark as spam, or approve into a draft and open it.
 * The server refuses what the user's groups do not allow; a refusal is shown as the server words it.
 */
@customElement('selfhelp-forms-entry-detail')
export class SelfHelpFormsEntryDetailElement extends UmbLitElement {
	#api = new SelfHelpApi(this);

	@property({ type: String }) entryId = '';
	@property({ type: Boolean }) savesDrafts = false;

	@state() private _details?: EntryDetails;
	@state() private _problem?: SelfHelpProblem;
	@state() private _busy = false;

	override updated(changed: Map<string, unknown>) {
		if (changed.has('entryId') && this.entryId) this.#load(true);
	}

	async #load(focus = false) {
		const { data, problem } = await this.#api.json<EntryDetails>(`${STAFF_API}/entries/${this.entryId}`);
		this._details = data;
		this._problem = problem;
		if (focus) {
			await this.updateComplete;
			this.shadowRoot?.querySelector<HTMLElement>('#entry-heading')?.focus();
		}
	}

	async #setState(state: FormEntryState) {
		await this.#act(async () => {
			const response = await this.#api.fetch(`${STAFF_API}/entries/${this.entryId}/state`, {
				method: 'POST',
				body: JSON.stringify({ state }),
			});
			if (!response.ok) return SelfHelpApi.problemOf(response);
			this.#notify('positive', this.localize.term('selfhelpForms_stateChanged', this.localize.term(stateTerm(state))));
			return undefined;
		});
	}

	async #approveIntoDraft() {
		await this.#act(async () => {
			const { data, problem } = await this.#api.json<{ id: string }>(
				`${MANAGEMENT_API}/selfhelp-forms/entry/${this.entryId}/approve-into-draft`,
				{ method: 'POST' },
			);
			if (problem || !data) return problem ?? {};
			this.#notify('positive', this.localize.term('selfhelpForms_draftOpened'));
			window.history.pushState(null, '', `section/content/workspace/document/edit/${data.id}`);
			return undefined;
		});
	}

	async #act(action: () => Promise<SelfHelpProblem | undefined>) {
		this._busy = true;
		try {
			const problem = await action();
			if (problem) {
				this.#notify('danger', problem.detail ?? problem.title ?? this.localize.term('selfhelpForms_loadFailed'));
			}
			await this.#load();
			this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
		} finally {
			this._busy = false;
		}
	}

	async #download(fileId: string, name: string) {
		const problem = await this.#api.download(`${STAFF_API}/entries/${this.entryId}/files/${fileId}`, name);
		if (problem) this.#notify('danger', problem.detail ?? problem.title ?? '');
	}

	async #notify(color: 'positive' | 'danger', message: string) {
		const notifications = await this.getContext(UMB_NOTIFICATION_CONTEXT);
		const headline = color === 'danger' ? this.localize.term('selfhelpForms_actionFailed') : this.localize.term('selfhelpForms_entry');
		notifications?.peek(color, { data: { headline, message } });
	}

	override render() {
		if (this._problem) return html`<uui-box><p role="alert">${this._problem.title ?? this.localize.term('selfhelpForms_loadFailed')}</p></uui-box>`;
		if (!this._details) return html`<uui-loader></uui-loader>`;
		const { entry, history, workflows } = this._details;
		const created = this.localize.date(entry.createdUtc, { dateStyle: 'medium', timeStyle: 'short' });
		return html`<uui-box>
			<div class="heading">
				<h3 id="entry-heading" class="uui-h3" tabindex="-1">${this.localize.term('selfhelpForms_entry')}: ${created}</h3>
				<uui-tag>${this.localize.term(stateTerm(entry.state))}</uui-tag>
				<uui-button look="secondary" label=${this.localize.term('selfhelpForms_close')} @click=${() => this.dispatchEvent(new Event('close'))}></uui-button>
			</div>
			<div class="actions">
				<uui-button look="primary" color="positive" ?disabled=${this._busy || entry.state === 'Approved'} label=${this.localize.term('selfhelpForms_approve')} @click=${() => this.#setState('Approved')}></uui-button>
				<uui-button look="secondary" color="warning" ?disabled=${this._busy || entry.state === 'Rejected'} label=${this.localize.term('selfhelpForms_reject')} @click=${() => this.#setState('Rejected')}></uui-button>
				<uui-button look="secondary" color="danger" ?disabled=${this._busy || entry.state === 'Spam'} label=${this.localize.term('selfhelpForms_markSpam')} @click=${() => this.#setState('Spam')}></uui-button>
				${this.savesDrafts
					? html`<uui-button look="primary" ?disabled=${this._busy} label=${this.localize.term('selfhelpForms_approveIntoDraft')} @click=${this.#approveIntoDraft}></uui-button>`
					: nothing}
			</div>
			<table>
				<thead>
					<tr>
						<th scope="col">${this.localize.term('selfhelpForms_field')}</th>
						<th scope="col">${this.localize.term('selfhelpForms_answer')}</th>
					</tr>
				</thead>
				<tbody>
					${Object.entries(entry.values).map(
						([alias, values]) => html`<tr><th scope="row">${alias}</th><td>${values.join(', ')}</td></tr>`,
					)}
					${entry.withheld.map(
						(alias) => html`<tr>
							<th scope="row">${alias}</th>
							<td><span class="masked" title=${this.localize.term('selfhelpForms_maskedHint')}>${this.localize.term('selfhelpForms_masked')}</span></td>
						</tr>`,
					)}
				</tbody>
			</table>
			${entry.files.length > 0
				? html`<h4 class="uui-h5">${this.localize.term('selfhelpForms_files')}</h4>
						<ul>
							${entry.files.map(
								(file) => html`<li>
									<uui-button look="outline" label=${this.localize.term('selfhelpForms_download', file.fileName)} @click=${() => this.#download(file.id, file.fileName)}></uui-button>
								</li>`,
							)}
						</ul>`
				: nothing}
			<h4 class="uui-h5">${this.localize.term('selfhelpForms_history')}</h4>
			<ol>
				${history.map(
					(line) => html`<li>${this.localize.date(line.date, { dateStyle: 'medium', timeStyle: 'short' })}: ${line.userName}, ${line.action}${line.detail ? ` (${line.detail})` : ''}</li>`,
				)}
			</ol>
			${workflows.length > 0
				? html`<h4 class="uui-h5">${this.localize.term('selfhelpForms_workflows')}</h4>
						<ul>
							${workflows.map((w) => html`<li>${w.name}: ${w.status}${w.lastError ? ` (${w.lastError})` : ''}</li>`)}
						</ul>`
				: nothing}
		</uui-box>`;
	}

	static override styles = [
		UmbTextStyles,
		css`
			:host {
				display: block;
				margin-top: var(--uui-size-layout-1);
			}
			.heading,
			.actions {
				display: flex;
				flex-wrap: wrap;
				align-items: center;
				gap: var(--uui-size-space-3);
				margin-bottom: var(--uui-size-space-4);
			}
			table {
				width: 100%;
				border-collapse: collapse;
			}
			th,
			td {
				text-align: start;
				vertical-align: top;
				padding: var(--uui-size-space-2);
				border-bottom: 1px solid var(--uui-color-border);
			}
			.masked {
				font-style: italic;
				color: var(--uui-color-text-alt);
			}
		`,
	];
}

declare global {
	interface HTMLElementTagNameMap {
		'selfhelp-forms-entry-detail': SelfHelpFormsEntryDetailElement;
	}
}
