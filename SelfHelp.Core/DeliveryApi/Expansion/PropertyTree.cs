namespace SelfHelp.Core.DeliveryApi.Expansion;

/// <summary>
/// The <c>expand</c> and <c>fields</c> grammar: <c>properties[$all]</c>, <c>properties[a,b]</c>,
/// <c>properties[a[properties[x]]]</c>, parsed once into a tree and walked property by property at any depth.
/// </summary>
public sealed class PropertyTree
{
    public const string All = "$all";
    private const string Properties = "properties";

    private PropertyTree(string key) => Key = key;

    public string Key { get; private set; }

    public List<PropertyTree> Items { get; } = [];

    /// <summary>Everything: the default of <c>fields</c>.</summary>
    public static PropertyTree Everything { get; } = Parse(All)!;

    /// <summary>Parses a parameter; null for a missing or malformed one (unbalanced or empty brackets, or a leading bracket).</summary>
    public static PropertyTree? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Count(c => c == '[') != value.Count(c => c == ']') || value.StartsWith('[') || value.Contains("[]", StringComparison.Ordinal))
        {
            return null;
        }
        var root = new PropertyTree("root");
        var parents = new Stack<PropertyTree>();
        parents.Push(root);
        var current = new PropertyTree("");
        root.Items.Add(current);
        foreach (var c in value)
        {
            switch (c)
            {
                case '[':
                    parents.Push(current);
                    current = new PropertyTree("");
                    parents.Peek().Items.Add(current);
                    break;
                case ',':
                    current = new PropertyTree("");
                    parents.Peek().Items.Add(current);
                    break;
                case ']':
                    current = parents.Pop();
                    if (parents.Count == 0)
                    {
                        return null;
                    }
                    break;
                default:
                    current.Key += c;
                    break;
            }
        }
        return root;
    }

    /// <summary>The subtree for a property: <c>$all</c> at this level, or the alias (or <c>$all</c>) inside <c>properties[…]</c>.</summary>
    public PropertyTree? Next(string alias) =>
        Items.FirstOrDefault(i => i.Key == All)
        ?? Items.FirstOrDefault(i => i.Key == Properties)?.Items.FirstOrDefault(i => i.Key == All || string.Equals(i.Key, alias, StringComparison.Ordinal));

    /// <summary>True when this level names properties, so that properties not named are left out.</summary>
    public bool Limits => Items.Count > 0;
}
