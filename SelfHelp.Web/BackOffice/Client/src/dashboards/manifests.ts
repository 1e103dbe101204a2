import { en, zhHk } from './localization.js';

/** The Content section's "Needs attention" dashboard and its words. */
export const manifests: Array<UmbExtensionManifest> = [
	{
		type: 'dashboard',
		alias: 'SelfHelp.Dashboard.Attention',
		name: 'SelfHelp Needs Attention Dashboard',
		element: () => import('./attention-dashboard.element.js'),
		// Above the client's own Welcome dashboard, so staff see it first.
		weight: 1000,
		meta: { label: '#selfhelpDashboard_attention', pathname: 'needs-attention' },
		conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
	},
	{
		type: 'localization',
		alias: 'SelfHelp.Localization.Dashboard.En',
		name: 'SelfHelp Dashboard English',
		meta: { culture: 'en', localizations: en },
	},
	{
		type: 'localization',
		alias: 'SelfHelp.Localization.Dashboard.ZhHk',
		name: 'SelfHelp Dashboard Traditional Chinese (Hong Kong)',
		meta: { culture: 'zh-hk', localizations: zhHk },
	},
];
