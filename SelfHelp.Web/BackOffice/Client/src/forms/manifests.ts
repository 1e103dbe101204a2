import { en, zhHk } from './localization.js';

/** The Forms section's alias, as the server's user groups grant it (`BackOfficeSections.Forms`). */
export const SELFHELP_FORMS_SECTION_ALIAS = 'SelfHelp.Section.Forms';

const inFormsSection = [{ alias: 'Umb.Condition.SectionAlias', match: SELFHELP_FORMS_SECTION_ALIAS }];

/** SelfHelp's Forms section: entries by form and their moderation, and personal data requests. */
export const manifests: Array<UmbExtensionManifest> = [
	{
		type: 'section',
		alias: SELFHELP_FORMS_SECTION_ALIAS,
		name: 'SelfHelp Forms Section',
		weight: 150,
		meta: { label: '#selfhelpForms_section', pathname: 'selfhelp-forms' },
	},
	{
		type: 'sectionView',
		alias: 'SelfHelp.SectionView.Forms.Entries',
		name: 'SelfHelp Forms Entries Section View',
		element: () => import('./entries-section-view.element.js'),
		weight: 200,
		meta: { label: '#selfhelpForms_entries', pathname: 'entries', icon: 'icon-inbox' },
		conditions: inFormsSection,
	},
	{
		type: 'sectionView',
		alias: 'SelfHelp.SectionView.Forms.PersonalData',
		name: 'SelfHelp Forms Personal Data Section View',
		element: () => import('./personal-data-section-view.element.js'),
		weight: 100,
		meta: { label: '#selfhelpForms_personalData', pathname: 'personal-data', icon: 'icon-lock' },
		conditions: inFormsSection,
	},
	{
		type: 'localization',
		alias: 'SelfHelp.Localization.Forms.En',
		name: 'SelfHelp Forms English',
		meta: { culture: 'en', localizations: en },
	},
	{
		type: 'localization',
		alias: 'SelfHelp.Localization.Forms.ZhHk',
		name: 'SelfHelp Forms Traditional Chinese (Hong Kong)',
		meta: { culture: 'zh-hk', localizations: zhHk },
	},
];
