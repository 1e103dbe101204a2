namespace SelfHelp.Core.Forms.Entries;

/// <summary>A window of a list: how many to skip and take (Umbraco's management API paging), checked before any query runs.</summary>
public sealed record PageRequest(int Skip = 0, int Take = PageRequest.DefaultTake)
{
    public const int DefaultTake = 100;
    public const int MaxTake = 1000;

    /// <summary>What is wrong with the window, by parameter, or nothing when it is valid.</summary>
    public IReadOnlyDictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (Skip < 0)
        {
            problems["skip"] = ["skip must be 0 or more."];
        }
        if (Take is < 1 or > MaxTake)
        {
            problems["take"] = [$"take must be between 1 and {MaxTake}."];
        }
        return problems;
    }
}

/// <summary>One page of a list with the total it was taken from, as Umbraco's management API answers: <c>{ total, items }</c>.</summary>
public sealed record Paged<T>(int Total, IReadOnlyList<T> Items);
