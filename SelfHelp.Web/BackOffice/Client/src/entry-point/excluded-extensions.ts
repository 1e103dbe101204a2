// Umbraco's own extensions that call Management API operations SelfHelp does not implement, or load files the npm
// package does not ship: removed so that nothing in the back office leads to a dead end.
export const excludedExtensions: ReadonlyArray<string> = [
	// Sections SelfHelp has no engine for: members, packages, translation workflows.
	'Umb.Section.Members',
	'Umb.Section.Packages',
	'Umb.Section.Translation',

	// Settings dashboards over Umbraco internals SelfHelp does not have (Examine, Models Builder, the published
	// cache's status, MiniProfiler, telemetry) and the Umbraco news feed. Redirect URL management stays.
	'Umb.Dashboard.ExamineManagement',
	'Umb.Dashboard.ModelsBuilder',
	'Umb.Dashboard.PublishedStatus',
	'Umb.Dashboard.Profiling',
	'Umb.Dashboard.Telemetry',
	'Umb.Dashboard.UmbracoNews',

	// Settings trees and menus for what SelfHelp keeps as code or does not have: Razor templates, partial views,
	// scripts, stylesheets, webhooks, relations, document blueprints, member types and groups.
	'Umb.SectionSidebarMenu.Templating',
	'Umb.MenuItem.Templates',
	'Umb.MenuItem.PartialView',
	'Umb.MenuItem.Script',
	'Umb.MenuItem.Stylesheets',
	'Umb.MenuItem.Webhook',
	'Umb.MenuItem.Relations',
	'Umb.MenuItem.DocumentBlueprints',
	'Umb.MenuItem.MemberTypes',
	'Umb.MenuItem.MemberGroups',

	// The dark and high-contrast themes load stylesheets that Umbraco.Cms.StaticAssets ships and npm does not.
	'umb-dark-theme',
	'umb-high-contrast-theme',
];
