using System.Collections.Frozen;

namespace SelfHelp.Web.Site.Rendering.PropertyEditors;

/// <summary>The site's renderers by editor alias, as Core's property editor collection holds the engine's parts.</summary>
public sealed class SitePropertyValueRenderers
{
    private readonly FrozenDictionary<string, ISitePropertyValueRenderer> _byAlias;

    public SitePropertyValueRenderers(IEnumerable<ISitePropertyValueRenderer> renderers)
    {
        var byAlias = new Dictionary<string, ISitePropertyValueRenderer>(StringComparer.OrdinalIgnoreCase);
        foreach (var renderer in renderers)
        {
            if (!byAlias.TryAdd(renderer.EditorAlias, renderer))
            {
                throw new InvalidOperationException(
                    $"Property editor alias '{renderer.EditorAlias}' has two site renderers: {byAlias[renderer.EditorAlias].GetType().Name} and {renderer.GetType().Name}.");
            }
        }
        _byAlias = byAlias.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The renderer of an editor, or null when the site shows its values as text.</summary>
    public ISitePropertyValueRenderer? Find(string editorAlias) => _byAlias.GetValueOrDefault(editorAlias);
}
