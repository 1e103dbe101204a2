namespace SelfHelp.Core.DeliveryApi.Access;

/// <summary>
/// Delivery API output settings that Umbraco.Cms.Core's <c>DeliveryApiSettings</c> does not carry, bound from the same
/// <c>Umbraco:CMS:DeliveryApi</c> section.
/// </summary>
public sealed class DeliveryApiOutputSettings
{
    /// <summary>Output picked media with their properties even when <c>expand</c> does not ask for them.</summary>
    public bool AlwaysExpandMediaProperties { get; set; }
}
