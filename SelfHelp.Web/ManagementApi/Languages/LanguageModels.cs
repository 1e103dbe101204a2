namespace SelfHelp.Web.ManagementApi.Languages;

/// <summary>Umbraco's <c>LanguageResponseModel</c>.</summary>
public sealed record LanguageResponseModel(string Name, bool IsDefault, bool IsMandatory, string? FallbackIsoCode, string IsoCode);

/// <summary>Umbraco's <c>CreateLanguageRequestModel</c> (an update is the same without <c>isoCode</c>, which the path gives).</summary>
public sealed record LanguageRequestModel(string? Name, bool IsDefault, bool IsMandatory, string? FallbackIsoCode, string? IsoCode);

/// <summary>Umbraco's <c>LanguageItemResponseModel</c>.</summary>
public sealed record LanguageItemResponseModel(string Name, string IsoCode);
