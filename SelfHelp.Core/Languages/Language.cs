namespace SelfHelp.Core.Languages;

/// <summary>A language content can be written in, keyed by ISO code as Umbraco does (en-US, zh-HK).</summary>
public sealed record Language(Guid Key, string IsoCode, string Name, bool IsDefault, bool IsMandatory)
{
    /// <summary>The lower-cased ISO code Umbraco uses in index field names and URL prefixes.</summary>
    public string LowerIsoCode => IsoCode.ToLowerInvariant();
}
