using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;
using static SelfHelp.Core.DeliveryApi.Indexing.Fields.IndexFieldNames;

namespace SelfHelp.Core.DeliveryApi.Querying.Sorts;

/// <summary><c>{name}:asc</c> or <c>{name}:desc</c> on one index field; anything but "asc" sorts descending, as in Umbraco.</summary>
internal abstract class SortHandlerBase(string name, string fieldName) : ISortHandler
{
    private readonly string _specifier = name + ":";

    public bool CanHandle(string query) => query.StartsWith(_specifier, StringComparison.OrdinalIgnoreCase);

    public SortOption BuildSortOption(string sort) => new()
    {
        FieldName = fieldName,
        Direction = sort[_specifier.Length..].StartsWith("asc", StringComparison.Ordinal) ? Direction.Ascending : Direction.Descending,
    };
}

/// <summary><c>sort=createDate:asc|desc</c>.</summary>
internal sealed class CreateDateSort() : SortHandlerBase("createDate", CreateDate);

/// <summary><c>sort=updateDate:asc|desc</c>.</summary>
internal sealed class UpdateDateSort() : SortHandlerBase("updateDate", UpdateDate);

/// <summary><c>sort=level:asc|desc</c>.</summary>
internal sealed class LevelSort() : SortHandlerBase("level", Level);

/// <summary><c>sort=name:asc|desc</c>, on the name in the requested culture.</summary>
internal sealed class NameSort() : SortHandlerBase("name", SortName);

/// <summary><c>sort=sortOrder:asc|desc</c>.</summary>
internal sealed class SortOrderSort() : SortHandlerBase("sortOrder", SortOrder);

/// <summary><c>sort=startsAt:asc|desc</c>: workshops soonest (or latest) first.</summary>
internal sealed class StartsAtSort() : SortHandlerBase("startsAt", StartsAt);
