using System.Globalization;
using SelfHelp.Core.Content;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.DeliveryApi.Rendering;

/// <summary>Reads Umbraco's comma-separated tree path ("-1,1051,1077") without building lists on every call.</summary>
internal static class TreePath
{
    /// <summary>Ancestor ids from the root down, excluding the item itself and the virtual root -1.</summary>
    public static IEnumerable<int> AncestorIds(PublishedContent content)
    {
        foreach (var part in content.Path.Split(','))
        {
            if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id != ContentItem.RootId && id != content.Id)
            {
                yield return id;
            }
        }
    }

    /// <summary>The id of the item's root (the item itself when it is a root).</summary>
    public static int RootId(PublishedContent content)
    {
        var path = content.Path.AsSpan();
        var first = path.IndexOf(',');
        if (first < 0)
        {
            return content.Id;
        }
        var rest = path[(first + 1)..];
        var second = rest.IndexOf(',');
        return int.TryParse(second < 0 ? rest : rest[..second], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : content.Id;
    }
}
