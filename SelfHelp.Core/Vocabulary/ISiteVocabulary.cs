namespace SelfHelp.Core.Vocabulary;

/// <summary>The site's facets, as configured; every channel that filters or counts by taxonomy reads them from here.</summary>
public interface ISiteVocabulary
{
    /// <summary>Every facet, in configured order.</summary>
    IReadOnlyList<Facet> Facets { get; }

    /// <summary>The facets the public search offers (<see cref="Facet.Search"/>), in configured order.</summary>
    IReadOnlyList<Facet> SearchFacets { get; }

    /// <summary>The facet with this key (any case), or null.</summary>
    Facet? Find(string key);
}

internal sealed class SiteVocabulary : ISiteVocabulary
{
    private readonly Dictionary<string, Facet> _byKey;

    public SiteVocabulary(Microsoft.Extensions.Options.IOptions<VocabularyOptions> options)
    {
        Facets = options.Value.Facets
            .Select(f => new Facet(f.Key, f.Properties.ToArray(), string.IsNullOrWhiteSpace(f.Labels) ? f.Key : f.Labels, f.Search))
            .ToArray();
        SearchFacets = Facets.Where(f => f.Search).ToArray();
        _byKey = Facets.ToDictionary(f => f.Key, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Facet> Facets { get; }

    public IReadOnlyList<Facet> SearchFacets { get; }

    public Facet? Find(string key) => _byKey.GetValueOrDefault(key);
}
