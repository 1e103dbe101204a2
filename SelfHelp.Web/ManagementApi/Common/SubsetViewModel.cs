namespace SelfHelp.Web.ManagementApi.Common;

/// <summary>
/// Umbraco's window of tree siblings around a target, <c>{ totalBefore, totalAfter, items }</c>: how many siblings
/// come before the first item and after the last one.
/// </summary>
public sealed record SubsetViewModel<T>(long TotalBefore, long TotalAfter, IReadOnlyList<T> Items)
{
    /// <summary>The target at <paramref name="index"/> of <paramref name="ordered"/> with up to <paramref name="before"/> and <paramref name="after"/> neighbours.</summary>
    public static SubsetViewModel<T> Around(IReadOnlyList<T> ordered, int index, int before, int after)
    {
        var first = Math.Max(0, index - Math.Max(0, before));
        var last = Math.Min(ordered.Count - 1, index + Math.Max(0, after));
        return new(first, ordered.Count - 1 - last, [.. ordered.Skip(first).Take(last - first + 1)]);
    }
}
