import { SelfHelpApi, MANAGEMENT_API, STAFF_API, type SelfHelpProblem } from './selfhelp-api.js';
import { ENTRY_STATES, type EntryView, type FormEntryState, type FormsSectionForm, type Paged } from './types.js';
import './entry-detail.element.js';
import { css, customElement, html, nothing, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UMB_NOTIFICATION_CONTEXT } from '@umbraco-cms/backoffice/notification';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';

const PAGE_SIZE = 25;

/** Umbraco Forms' state names, as the section labels them. */
export const stateTerm = (state: FormEntryState) => `selfhelpForms_state${state}`;

/**
 * The Forms section's Entries view: the forms with their new-entry counts, one form's entries as a table (filter by
 * state, dates and a search of the non-sensitive answers, paged), its CSV export, and the chosen entry's details.
 */
@customElement('selfhelp-forms-entries-section-view')
export class SelfHelpFormsEntriesSectionViewElement extends UmbLitElement {
	#api = new SelfHelpApi(this);

	@state() private _forms?: Array<FormsSectionForm>;
	@state() private _form?: FormsSectionForm;
	@state() private _entries?: Paged<EntryView>;
	@state() private _skip = 0;
	@state() private _state: FormEntryState | '' = '';
	@state() private _from = '';
	@state() private _to = '';
	@state() private _search = '';
	@state() private _openEntry?: string;
	@state() private _problem?: SelfHelpProblem;

	override connectedCallback() {
		super.connectedCallback();
		this.#loadForms();
	}

	async #loadForms() {
		const { data, problem } = await this.#api.json<Paged<FormsSectionForm>>(`${MANAGEMENT_API}/selfhelp-forms/form`);
		this._problem = problem;
		this._forms = data?.items ?? [];
		if (this._form) this._form = this._forms.find((f) => f.id === this._form!.id);
	}

	async #loadEntries() {
		if (!this._form) return;
		const query = new URLSearchParams({ skip: String(this._skip), take: String(PAGE_SIZE) });
		if (this._state) query.set('state', this._state);
		if (this._from) query.set('from', this._from);
		if (this._to) query.set('to', this._to);
		if (this._search.trim()) query.set('search', this._search.trim());
		const { data, problem } = await this.#api.json<Paged<EntryView>>(`${STAFF_API}/forms/${this._form.id}/entries?${query}`);
		this._problem = problem;
		this._entries = data;
	}

	#chooseForm(form: FormsSectionForm) {
		this._form = form;
		this._skip = 0;
		this._openEntry = undefined;
		this.#loadEntries();
	}

	#filter(event: SubmitEvent) {
		event.preventDefault();
		const data = new FormData(event.target as HTMLFormElement);
		this._state = (data.get('state') as FormEntryState | '') ?? '';
		this._from = (data.get('from') as string) ?? '';
		this._to = (data.get('to') as string) ?? '';
		this._search = (data.get('search') as string) ?? '';
		this._skip = 0;
		this.#loadEntries();
	}

	#page(skip: number) {
		this._skip = Math.max(0, skip);
		this.#loadEntries();
	}

	async #export() {
		if (!this._form) return;
		const problem = await this.#api.download(`${STAFF_API}/forms/${this._form.id}/entries/export`, `${this._form.name}.csv`);
		if (problem) this.#notifyProblem(problem);
	}

	async #notifyProblem(problem: SelfHelpProblem) {
		const notifications = await this.getContext(UMB_NOTIFICATION_CONTEXT);
		notifications?.peek('danger', {
			data: { headline: this.localize.term('selfhelpForms_actionFailed'), message: problem.detail ?? problem.title ?? '' },
		});
	}

	#entryChanged() {
		this.#loadEntries();
		this.#loadForms();
	}

	override render() {
		return html`
			<div class="layout">
				<nav aria-labelledby="forms-heading">
					<h2 id="forms-heading" class="uui-h4">${this.localize.term('selfhelpForms_formsList')}</h2>
					${this.#renderForms()}
				</nav>
				<section aria-labelledby="entries-heading">${this.#renderEntries()}</section>
			</div>
		`;
	}

	#renderForms() {
		if (!this._forms) return html`<uui-loader></uui-loader>`;
		if (this._forms.length === 0) return html`<p>${this.localize.term('selfhelpForms_noForms')}</p>`;
		return html`<ul class="forms">
			${this._forms.map(
				(form) => html`<li>
					<uui-button
						look=${this._form?.id === form.id ? 'primary' : 'default'}
						aria-current=${this._form?.id === form.id ? 'true' : 'false'}
						@click=${() => this.#chooseForm(form)}>
						<span class="form-name">${form.name}</span>
						${form.entries.submitted > 0
							? html`<uui-badge color="danger" look="primary">${this.localize.term('selfhelpForms_newEntries', form.entries.submitted)}</uui-badge>`
							: nothing}
					</uui-button>
				</li>`,
			)}
		</ul>`;
	}

	#renderEntries() {
		if (this._problem) return html`<p role="alert">${this._problem.title ?? this.localize.term('selfhelpForms_loadFailed')}</p>`;
		if (!this._form) return html`<h2 id="entries-heading" class="uui-h3">${this.localize.term('selfhelpForms_entries')}</h2>
			<p>${this.localize.term('selfhelpForms_chooseForm')}</p>`;
		return html`
			<div class="heading">
				<h2 id="entries-heading" class="uui-h3">${this._form.name}</h2>
				<uui-button look="outline" label=${this.localize.term('selfhelpForms_exportCsv')} @click=${this.#export}></uui-button>
			</div>
			${this.#renderFilter()} ${this.#renderTable()}
			${this._openEntry
				? html`<selfhelp-forms-entry-detail
						.entryId=${this._openEntry}
						.savesDrafts=${this._form.savesDrafts}
						@change=${this.#entryChanged}
						@close=${() => (this._openEntry = undefined)}></selfhelp-forms-entry-detail>`
				: nothing}
		`;
	}

	#renderFilter() {
		return html`<form class="filter" @submit=${this.#filter}>
			<label>
				<span>${this.localize.term('selfhelpForms_state')}</span>
				<select name="state">
					<option value="" ?selected=${this._state === ''}>${this.localize.term('selfhelpForms_stateAll')}</option>
					${ENTRY_STATES.map(
						(s) => html`<option value=${s} ?selected=${this._state === s}>${this.localize.term(stateTerm(s))}</option>`,
					)}
				</select>
			</label>
			<label><span>${this.localize.term('selfhelpForms_from')}</span><input type="date" name="from" .value=${this._from} /></label>
			<label><span>${this.localize.term('selfhelpForms_to')}</span><input type="date" name="to" .value=${this._to} /></label>
			<label>
				<span>${this.localize.term('selfhelpForms_search')}</span>
				<input type="search" name="search" .value=${this._search} aria-describedby="search-hint" />
				<small id="search-hint">${this.localize.term('selfhelpForms_searchHint')}</small>
			</label>
			<uui-button type="submit" look="secondary" label=${this.localize.term('selfhelpForms_filter')}></uui-button>
		</form>`;
	}

	#renderTable() {
		if (!this._entries) return html`<uui-loader></uui-loader>`;
		if (this._entries.items.length === 0) return html`<p>${this.localize.term('selfhelpForms_noEntries')}</p>`;
		const { total, items } = this._entries;
		return html`
			<table>
				<caption class="visually-hidden">${this._form?.name}</caption>
				<thead>
					<tr>
						<th scope="col">${this.localize.term('selfhelpForms_submitted')}</th>
						<th scope="col">${this.localize.term('selfhelpForms_state')}</th>
						<th scope="col">${this.localize.term('selfhelpForms_culture')}</th>
						<th scope="col">${this.localize.term('selfhelpForms_summary')}</th>
						<th scope="col"><span class="visually-hidden">${this.localize.term('selfhelpForms_open')}</span></th>
					</tr>
				</thead>
				<tbody>
					${items.map((entry) => {
						const date = this.localize.date(entry.createdUtc, { dateStyle: 'medium', timeStyle: 'short' });
						return html`<tr>
							<td>${date}</td>
							<td><uui-tag look=${entry.state === 'Submitted' ? 'primary' : 'secondary'}>${this.localize.term(stateTerm(entry.state))}</uui-tag></td>
							<td>${entry.culture}</td>
							<td>${summaryOf(entry)}</td>
							<td>
								<uui-button
									look="outline"
									label=${this.localize.term('selfhelpForms_openEntry', date)}
									@click=${() => (this._openEntry = entry.id)}>${this.localize.term('selfhelpForms_open')}</uui-button>
							</td>
						</tr>`;
					})}
				</tbody>
			</table>
			<div class="pager">
				<span>${this.localize.term('selfhelpForms_showing', this._skip + 1, this._skip + items.length, total)}</span>
				<uui-button
					look="secondary"
					?disabled=${this._skip === 0}
					label=${this.localize.term('selfhelpForms_previous')}
					@click=${() => this.#page(this._skip - PAGE_SIZE)}></uui-button>
				<uui-button
					look="secondary"
					?disabled=${this._skip + items.length >= total}
					label=${this.localize.term('selfhelpForms_next')}
					@click=${() => this.#page(this._skip + PAGE_SIZE)}></uui-button>
			</div>
		`;
	}

	static override styles = [
		UmbTextStyles,
		css`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
			.layout {
				display: grid;
				grid-template-columns: minmax(200px, 280px) 1fr;
				gap: var(--uui-size-layout-1);
			}
			.forms {
				list-style: none;
				padding: 0;
				margin: 0;
				display: grid;
				gap: var(--uui-size-space-2);
			}
			.forms uui-button {
				width: 100%;
			}
			.heading,
			.pager,
			.filter {
				display: flex;
				flex-wrap: wrap;
				align-items: end;
				gap: var(--uui-size-space-4);
				margin-bottom: var(--uui-size-space-4);
			}
			.filter label {
				display: grid;
				gap: var(--uui-size-space-1);
			}
			table {
				width: 100%;
				border-collapse: collapse;
			}
			th,
			td {
				text-align: start;
				padding: var(--uui-size-space-3);
				border-bottom: 1px solid var(--uui-color-border);
			}
			.visually-hidden {
				position: absolute;
				width: 1px;
				height: 1px;
				overflow: hidden;
				clip: rect(0 0 0 0);
				white-space: nowrap;
			}
		`,
	];
}

/** The first few non-sensitive answers, so an entry can be told apart in the list. */
function summaryOf(entry: EntryView): string {
	const text = Object.values(entry.values)
		.flat()
		.filter((v) => v && v.length > 0)
		.slice(0, 3)
		.join(' · ');
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export { SelfHelpFormsEntriesSectionViewElement as element };

declare global {
	interface HTMLElementTagNameMap {
		'selfhelp-forms-entries-section-view': SelfHelpFormsEntriesSectionViewElement;
	}
}
