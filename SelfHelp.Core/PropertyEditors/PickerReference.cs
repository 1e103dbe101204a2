using Umbraco.Cms.Core;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Reads a picker reference written as a Guid or as an Umbraco UDI (<c>umb://document/…</c>).</summary>
internal static class PickerReference
{
    public static bool TryParse(string reference, out Guid key)
    {
        if (Guid.TryParse(reference, out key))
        {
            return true;
        }
        if (UdiParser.TryParse(reference, out Udi? udi) && udi is GuidUdi guidUdi)
        {
            key = guidUdi.Guid;
            return true;
        }
        return false;
    }
}
