using System.Text.Json;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentTypes;

/// <summary>
/// The required properties of a model of the client's <c>types.gen.d.ts</c> and their JSON kinds, as
/// <c>"name:string"</c>, <c>"values:array"</c>, <c>"parent:object?"</c> (optional, may be null), and a check that an
/// answer has them all.
/// </summary>
public static class JsonShape
{
    public static void AssertHas(JsonElement json, string where, params string[] fields)
    {
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        foreach (var field in fields)
        {
            var (name, kind) = (field.Split(':')[0], field.Split(':')[1]);
            var optional = kind.EndsWith('?');
            if (!json.TryGetProperty(name, out var value) || (optional && value.ValueKind == JsonValueKind.Null))
            {
                Assert.True(optional, $"{where}: required '{name}' is missing");
                continue;
            }
            var actual = value.ValueKind switch
            {
                JsonValueKind.String => "string",
                JsonValueKind.Number => "number",
                JsonValueKind.True or JsonValueKind.False => "boolean",
                JsonValueKind.Array => "array",
                JsonValueKind.Object => "object",
                _ => "null",
            };
            Assert.True(actual == kind.TrimEnd('?'), $"{where}: '{name}' is {actual}, the client's types say {kind}");
        }
    }

    public static readonly string[] ReferenceById = ["id:string"];
    public static readonly string[] PropertyType =
    [
        "id:string", "container:object?", "sortOrder:number", "alias:string", "name:string", "description:string?", "dataType:object",
        "variesByCulture:boolean", "variesBySegment:boolean", "validation:object", "appearance:object",
    ];
    public static readonly string[] Container = ["id:string", "parent:object?", "name:string?", "type:string", "sortOrder:number"];
    public static readonly string[] Validation = ["mandatory:boolean", "mandatoryMessage:string?", "regEx:string?", "regExMessage:string?"];
    public static readonly string[] TypeCommon =
    [
        "alias:string", "name:string", "description:string?", "icon:string", "allowedAsRoot:boolean", "variesByCulture:boolean",
        "variesBySegment:boolean", "collection:object?", "isElement:boolean", "properties:array", "containers:array", "id:string", "compositions:array",
    ];

    /// <summary>The properties and containers of a document or media type answer, each checked.</summary>
    public static void AssertPropertiesAndContainers(JsonElement type, string where)
    {
        foreach (var property in type.GetProperty("properties").EnumerateArray())
        {
            var at = $"{where}.properties.{property.GetProperty("alias").GetString()}";
            AssertHas(property, at, PropertyType);
            AssertHas(property.GetProperty("dataType"), at + ".dataType", ReferenceById);
            AssertHas(property.GetProperty("validation"), at + ".validation", Validation);
            AssertHas(property.GetProperty("appearance"), at + ".appearance", "labelOnTop:boolean");
        }
        foreach (var container in type.GetProperty("containers").EnumerateArray())
        {
            AssertHas(container, where + ".containers", Container);
        }
    }
}
