using SelfHelp.Core.DeliveryApi.Expansion;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.DeliveryApi.Rendering;

/// <summary>What one rendering reads from: a snapshot, a culture, the schema, and whether drafts are being previewed.</summary>
public sealed class RenderContext(PublishedSnapshot snapshot, string culture, DeliverySchema schema, bool preview = false)
{
    public PublishedSnapshot Snapshot { get; } = snapshot;

    /// <summary>The culture as the site configures it (en-US); the JSON uses it lower-cased.</summary>
    public string Culture { get; } = culture;

    public DeliverySchema Schema { get; } = schema;
    public bool Preview { get; } = preview;

    /// <summary>Other items the output was built from; a cached rendering stays valid while they do not change.</summary>
    internal DependencyLog Dependencies { get; } = new();
}

/// <summary>The items a rendering looked at, and the first moment its visibility answers change by themselves.</summary>
internal sealed class DependencyLog
{
    private readonly Dictionary<Guid, PublishedContent?> _seen = [];

    public DateTime? ValidUntil { get; private set; }

    public void Saw(Guid key, PublishedContent? instance) => _seen.TryAdd(key, instance);

    public void ChangesAt(DateTime? at)
    {
        if (at is { } moment && (ValidUntil is null || moment < ValidUntil))
        {
            ValidUntil = moment;
        }
    }

    public KeyValuePair<Guid, PublishedContent?>[] ToArray() => [.. _seen];
}

/// <summary>Where a property sits in the <c>expand</c> and <c>fields</c> trees, and whether it is inside another item.</summary>
/// <param name="Nested">False only for the properties of the requested item itself.</param>
public readonly record struct Expansion(PropertyTree? Expand, PropertyTree? Include, bool Nested)
{
    public static Expansion TopLevel(PropertyTree? expand, PropertyTree? fields) => new(expand, fields, Nested: false);

    /// <summary>True when this property is named by <c>expand</c>, so a picker fills in the picked item's properties.</summary>
    public bool Expanding => Expand is not null;
}
