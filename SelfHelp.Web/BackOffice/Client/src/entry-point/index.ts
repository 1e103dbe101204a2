import type { UmbEntryPointOnInit } from '@umbraco-cms/backoffice/extension-api';
import { manifests as dashboards } from '../dashboards/manifests.js';
import { manifests as forms } from '../forms/manifests.js';
import { manifests as localizations } from '../localization/manifests.js';
import { excludedExtensions } from './excluded-extensions.js';

/** SelfHelp's back office entry point: hides what SelfHelp does not implement, adds its own extensions. */
export const onInit: UmbEntryPointOnInit = (_host, extensionRegistry) => {
	for (const alias of excludedExtensions) {
		extensionRegistry.exclude(alias);
	}
	extensionRegistry.registerMany([...localizations, ...forms, ...dashboards]);
};
