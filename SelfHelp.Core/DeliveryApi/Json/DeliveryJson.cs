using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi.Json;

/// <summary>
/// The Delivery API's JSON: camelCase, enums as names, Chinese and markup written as themselves (answers are served
/// as application/json, never inlined into HTML), and the rich text element interfaces serialised as their concrete
/// types (as Umbraco's DeliveryApiJsonTypeResolver does).
/// </summary>
public static class DeliveryJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddPolymorphism } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void AddPolymorphism(JsonTypeInfo info)
    {
        Type[] derived = info.Type == typeof(IRichTextElement)
            ? [typeof(RichTextRootElement), typeof(RichTextGenericElement), typeof(RichTextTextElement)]
            : info.Type == typeof(IApiContent)
                ? [typeof(ApiContent)]
                : info.Type == typeof(IApiElement)
                    ? [typeof(ApiElement)]
                    : [];
        if (derived.Length == 0)
        {
            return;
        }
        info.PolymorphismOptions = new JsonPolymorphismOptions { UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToNearestAncestor };
        foreach (var type in derived)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type));
        }
    }
}
