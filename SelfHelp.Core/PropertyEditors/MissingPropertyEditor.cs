using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>
/// Stands in for an editor alias no folder claims (a data type from a newer Umbraco or a package not installed):
/// as in Umbraco, its values are kept and shown as they are stored, like a label.
/// </summary>
internal sealed class MissingPropertyEditor : IPropertyEditor
{
    public static readonly MissingPropertyEditor Instance = new();

    private MissingPropertyEditor()
    {
    }

    public string Alias => Aliases.Label;
}
