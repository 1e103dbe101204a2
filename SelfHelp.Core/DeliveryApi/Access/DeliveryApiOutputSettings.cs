using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Core.DeliveryApi.Access;

/// <summary>
/// Delivery API output settings that Umbraco.Cms.Core's <c>DeliveryApiSettings</c> does not carry, bound from the same
/// <c>Umbraco:CMS:DeliveryApi</c> section.
/// </summary>
public sealed class DeliveryApiOutputSettings
{
    /// <summary>Output picked media with their properties even when <c>expand</c> does not ask for them.</summary>
    public bool AlwaysExpandMediaProperties { get; set; }

    /// <summary>The largest <c>take</c> a content or media query accepts (Umbraco has no such setting; a larger one is a 400).</summary>
    [Range(1, 10_000)]
    public int MaxTake { get; set; } = 100;
}
