import { SelfHelpApi, STAFF_API, type SelfHelpProblem } from './selfhelp-api.js';
import { css, customElement, html, nothing, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { umbConfirmModal } from '@umbraco-cms/backoffice/modal';
import { UMB_NOTIFICATION_CONTEXT } from '@umbraco-cms/backoffice/notification';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';

interface PersonalDataView {
	entries: Array<unknown>;
	volunteers: Array<unknown>;
	registrations: Array<unknown>;
	supportRequests: Array<unknown>;
	relayedMessages: Array<unknown>;
}

/**
 * The Forms section's Personal data view, for a data access or erasure request: find what is held for an email
 * address, export it as JSON, or erase the person's entries after a confirmation. The address travels in the request
 * body, never the URL; the server masks sensitive answers for users without sensitive-data access.
 */
@customElement('selfhelp-forms-personal-data-section-view')
export class SelfHelpFormsPersonalDataSectionViewElement extends UmbLitElement {
	#api = new SelfHelpApi(this);

	@state() private _email = '';
	@state() private _found?: PersonalDataView;
	@state() private _problem?: SelfHelpProblem;

	async #find(event: SubmitEvent) {
		event.preventDefault();
		this._email = ((new FormData(event.target as HTMLFormElement).get('email') as string) ?? '').trim();
		const { data, problem } = await this.#api.json<PersonalDataView>(`${STAFF_API}/personal-data/export`, {
			method: 'POST',
			body: JSON.stringify({ email: this._email }),
		});
		this._found = data;
		this._problem = problem;
	}

	#exportJson() {
		if (!this._found) return;
		const url = URL.createObjectURL(new Blob([JSON.stringify(this._found, null, 2)], { type: 'application/json' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = 'personal-data.json';
		link.click();
		URL.revokeObjectURL(url);
	}

	async #erase() {
		try {
			await umbConfirmModal(this, {
				headline: this.localize.term('selfhelpForms_eraseHeadline'),
				content: this.localize.term('selfhelpForms_eraseConfirm', this._email),
				color: 'danger',
				confirmLabel: this.localize.term('selfhelpForms_erase'),
			});
		} catch {
			return; // The user cancelled.
		}
		const { data, problem } = await this.#api.json<{ erasedEntries: number }>(`${STAFF_API}/personal-data/erase`, {
			method: 'POST',
			body: JSON.stringify({ email: this._email }),
		});
		const notifications = await this.getContext(UMB_NOTIFICATION_CONTEXT);
		if (problem || !data) {
			notifications?.peek('danger', {
				data: { headline: this.localize.term('selfhelpForms_actionFailed'), message: problem?.detail ?? problem?.title ?? '' },
			});
			return;
		}
		notifications?.peek('positive', {
			data: { headline: this.localize.term('selfhelpForms_eraseHeadline'), message: this.localize.term('selfhelpForms_erased', data.erasedEntries) },
		});
		this._found = undefined;
	}

	override render() {
		return html`<uui-box headline=${this.localize.term('selfhelpForms_findPerson')}>
			<p>${this.localize.term('selfhelpForms_personalDataHint')}</p>
			<form @submit=${this.#find}>
				<label for="email">${this.localize.term('selfhelpForms_email')}</label>
				<input id="email" name="email" type="email" required autocomplete="off" .value=${this._email} />
				<uui-button type="submit" look="primary" label=${this.localize.term('selfhelpForms_find')}></uui-button>
			</form>
			${this._problem ? html`<p role="alert">${this._problem.title ?? this.localize.term('selfhelpForms_loadFailed')}</p>` : nothing}
			${this._found ? this.#renderFound(this._found) : nothing}
		</uui-box>`;
	}

	#renderFound(found: PersonalDataView) {
		const records = found.volunteers.length + found.registrations.length + found.supportRequests.length + found.relayedMessages.length;
		if (found.entries.length + records === 0) return html`<p role="status">${this.localize.term('selfhelpForms_foundNothing')}</p>`;
		return html`<p role="status">${this.localize.term('selfhelpForms_found', found.entries.length, records)}</p>
			<div class="actions">
				<uui-button look="outline" label=${this.localize.term('selfhelpForms_exportJson')} @click=${this.#exportJson}></uui-button>
				<uui-button look="primary" color="danger" label=${this.localize.term('selfhelpForms_erase')} @click=${this.#erase}></uui-button>
			</div>`;
	}

	static override styles = [
		UmbTextStyles,
		css`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
			form,
			.actions {
				display: flex;
				flex-wrap: wrap;
				align-items: center;
				gap: var(--uui-size-space-3);
			}
		`,
	];
}

export { SelfHelpFormsPersonalDataSectionViewElement as element };

declare global {
	interface HTMLElementTagNameMap {
		'selfhelp-forms-personal-data-section-view': SelfHelpFormsPersonalDataSectionViewElement;
	}
}
