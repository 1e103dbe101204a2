using System.Collections.Frozen;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>
/// The property editors the engine knows, by alias (Umbraco's <c>PropertyEditorCollection</c>); validation, the
/// Delivery API and search ask it for an editor's parts.
/// </summary>
internal sealed class PropertyEditorCollection
{
    private readonly FrozenDictionary<string, IPropertyEditor> _byAlias;

    public PropertyEditorCollection(IEnumerable<IPropertyEditor> editors)
    {
        var byAlias = new Dictionary<string, IPropertyEditor>(StringComparer.OrdinalIgnoreCase);
        foreach (var editor in editors)
        {
            // Two homes for one alias would make one of them silently dead: refuse at start-up instead.
            if (!byAlias.TryAdd(editor.Alias, editor))
            {
                throw new InvalidOperationException(
                    $"Property editor alias '{editor.Alias}' is registered twice: by {byAlias[editor.Alias].GetType().Name} and {editor.GetType().Name}.");
            }
        }
        _byAlias = byAlias.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The editor of an alias; <see cref="MissingPropertyEditor"/> when no editor has it.</summary>
    public IPropertyEditor this[string alias] => _byAlias.GetValueOrDefault(alias) ?? MissingPropertyEditor.Instance;
}
