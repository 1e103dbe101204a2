import type { ManifestLocalization } from '@umbraco-cms/backoffice/localization';

// The language picker of the user profile lists one entry per localization culture, named by the term
// uiCulture_<culture>; the client's en.js has none for zh-hk, so the name is added to the English dictionary (the
// fallback every language reaches) and to our own.
const uiCultureName = { uiCulture: { 'zh-hk': '中文（香港）' } };

/**
 * The back office in Traditional Chinese as written in Hong Kong, for users whose language is zh-HK.
 *
 * The client matches a user's `languageIsoCode` (`zh-HK`) case-insensitively against `meta.culture` and loads every
 * localization of that culture or of its language, so both this one and the client's own Simplified Chinese `zh`
 * load. It then looks a key up in zh-hk first, then zh, then en. zh-hk.ts has every key of en (the check
 * `scripts/check-localization.mjs` fails otherwise), so a zh-HK user never reaches the Simplified Chinese texts:
 * the chain is zh-HK, then en only for keys a newer client adds.
 */
export const manifests: Array<ManifestLocalization> = [
	{
		type: 'localization',
		alias: 'SelfHelp.Localization.ZhHk',
		name: 'Traditional Chinese (Hong Kong)',
		// Below the client's default of 100: the client applies localizations of one culture from the highest weight
		// to the lowest, so the lowest wins should another zh-hk extension ever load.
		weight: 1,
		meta: { culture: 'zh-hk', localizations: uiCultureName },
		js: () => import('./zh-hk.js'),
	},
	{
		type: 'localization',
		alias: 'SelfHelp.Localization.ZhHk.Name',
		name: 'Traditional Chinese (Hong Kong) language name',
		meta: { culture: 'en', localizations: uiCultureName },
	},
];
