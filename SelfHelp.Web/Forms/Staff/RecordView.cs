using System.Text.Json;
using System.Text.Json.Nodes;
using SelfHelp.Core.Forms.Records;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>A private record as the staff API shows it: its JSON without the values <see cref="SensitiveData"/> calls sensitive, unless allowed, those named in <c>withheld</c>.</summary>
public static class RecordView
{
    public static JsonObject From<T>(T record, PrivateRecordKind kind, SensitiveData rule, bool sensitive, JsonSerializerOptions json)
    {
        var view = JsonSerializer.SerializeToNode(record, json)!.AsObject();
        var withheld = new JsonArray();
        foreach (var name in sensitive ? [] : rule.SensitiveValuesOf(kind))
        {
            var property = json.PropertyNamingPolicy?.ConvertName(name) ?? name;
            view.Remove(property);
            withheld.Add(property);
        }
        view["withheld"] = withheld;
        return view;
    }
}
