// SelfHelp's back office localizations (zh-HK), registered by the selfhelp bundle.
export const manifests: Array<UmbExtensionManifest> = [];
