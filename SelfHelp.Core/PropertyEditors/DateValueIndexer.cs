using SelfHelp.Core.Search.Indexing;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Dates as UTC ticks (Examine's datetime fields), so date ranges are numeric.</summary>
internal sealed class DateValueIndexer : IPropertyValueIndexer
{
    public void Index(PropertyValue value, IndexDocument document)
    {
        if (JsonValues.Date(value.Value) is { } date)
        {
            document.AddDate(value.FieldName, date);
        }
    }
}
