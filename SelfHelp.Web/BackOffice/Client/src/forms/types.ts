/** The entry states of Umbraco Forms, plus Spam. */
export type FormEntryState = 'Submitted' | 'Approved' | 'Rejected' | 'Spam';

export const ENTRY_STATES: Array<FormEntryState> = ['Submitted', 'Approved', 'Rejected', 'Spam'];

/** GET selfhelp-forms/form: a form with its entry counts by state. */
export interface FormsSectionForm {
	id: string;
	name: string;
	manualApproval: boolean;
	savesDrafts: boolean;
	entries: { submitted: number; approved: number; rejected: number; spam: number };
}

export interface Paged<T> {
	total: number;
	items: Array<T>;
}

export interface EntryFile {
	id: string;
	fieldAlias: string;
	fileName: string;
	contentType: string;
	length: number;
}

/** An entry as the staff API shows it: sensitive answers left out and named in withheld, unless the user may see them. */
export interface EntryView {
	id: string;
	form: string;
	state: FormEntryState;
	culture: string;
	contentId?: string | null;
	createdUtc: string;
	stateChangedBy?: string | null;
	stateChangedUtc?: string | null;
	values: Record<string, Array<string>>;
	withheld: Array<string>;
	files: Array<EntryFile>;
}

export interface EntryDetails {
	entry: EntryView;
	history: Array<{ date: string; userName: string; action: string; detail?: string | null }>;
	workflows: Array<{ id: string; name: string; stage: string; status: string; attempts: number; lastError?: string | null }>;
}
