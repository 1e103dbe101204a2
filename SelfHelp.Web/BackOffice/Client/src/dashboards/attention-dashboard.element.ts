import { SelfHelpApi, MANAGEMENT_API, type SelfHelpProblem } from '../forms/selfhelp-api.js';
import { css, customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';

interface AttentionResponse {
	newEntries: Array<{ id: string; name: string; count: number }>;
	scheduled: Array<{ id: string; name: string; culture?: string | null; action: 'Publish' | 'Unpublish'; date: string }>;
	waitingLists: Array<{ id: string; name: string; waiting: number; confirmed: number }>;
}

const documentLink = (id: string) => `section/content/workspace/document/edit/${id}`;

/**
 * The Content section's "Needs attention" dashboard: forms with new entries (linking to the Forms section), documents
 * the user may read that are scheduled in the next 7 days, and workshops with a waiting list (counts only).
 */
@customElement('selfhelp-attention-dashboard')
export class SelfHelpAttentionDashboardElement extends UmbLitElement {
	#api = new SelfHelpApi(this);

	@state() private _attention?: AttentionResponse;
	@state() private _problem?: SelfHelpProblem;

	override async connectedCallback() {
		super.connectedCallback();
		const { data, problem } = await this.#api.json<AttentionResponse>(`${MANAGEMENT_API}/selfhelp-dashboard/attention`);
		this._attention = data;
		this._problem = problem;
	}

	override render() {
		if (this._problem) return html`<p role="alert">${this.localize.term('selfhelpDashboard_loadFailed')}</p>`;
		if (!this._attention) return html`<uui-loader></uui-loader>`;
		const { newEntries, scheduled, waitingLists } = this._attention;
		return html`
			<h2 class="uui-h3">${this.localize.term('selfhelpDashboard_attention')}</h2>
			<div class="boxes">
				<uui-box headline=${this.localize.term('selfhelpDashboard_newEntries')}>
					${newEntries.length === 0
						? html`<p>${this.localize.term('selfhelpDashboard_noNewEntries')}</p>`
						: html`<ul>
								${newEntries.map(
									(f) => html`<li><a href="section/selfhelp-forms/view/entries">${this.localize.term('selfhelpDashboard_entriesOf', f.name, f.count)}</a></li>`,
								)}
							</ul>`}
				</uui-box>
				<uui-box headline=${this.localize.term('selfhelpDashboard_scheduled')}>
					${scheduled.length === 0
						? html`<p>${this.localize.term('selfhelpDashboard_noScheduled')}</p>`
						: html`<ul>
								${scheduled.map(
									(s) => html`<li>
										<a href=${documentLink(s.id)}>${s.name}</a>:
										${this.localize.term(s.action === 'Publish' ? 'selfhelpDashboard_publish' : 'selfhelpDashboard_unpublish')}
										(${s.culture ?? this.localize.term('selfhelpDashboard_allLanguages')}),
										<time datetime=${s.date}>${this.localize.date(s.date, { dateStyle: 'medium', timeStyle: 'short' })}</time>
									</li>`,
								)}
							</ul>`}
				</uui-box>
				<uui-box headline=${this.localize.term('selfhelpDashboard_waitingLists')}>
					${waitingLists.length === 0
						? html`<p>${this.localize.term('selfhelpDashboard_noWaitingLists')}</p>`
						: html`<ul>
								${waitingLists.map(
									(w) => html`<li><a href=${documentLink(w.id)}>${w.name}</a>: ${this.localize.term('selfhelpDashboard_waiting', w.waiting, w.confirmed)}</li>`,
								)}
							</ul>`}
				</uui-box>
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
			.boxes {
				display: grid;
				grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
				gap: var(--uui-size-layout-1);
			}
		`,
	];
}

export { SelfHelpAttentionDashboardElement as element };

declare global {
	interface HTMLElementTagNameMap {
		'selfhelp-attention-dashboard': SelfHelpAttentionDashboardElement;
	}
}
