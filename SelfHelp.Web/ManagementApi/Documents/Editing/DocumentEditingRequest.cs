namespace SelfHelp.Web.ManagementApi.Documents.Editing;

/// <summary>What create, update and validate requests share: the names per culture and the values, as the client sent them.</summary>
internal sealed record DocumentEditingRequest(IReadOnlyList<DocumentValueModel> Values, IReadOnlyList<DocumentVariantRequestModel> Variants)
{
    public static DocumentEditingRequest Of(IReadOnlyList<DocumentValueModel>? values, IReadOnlyList<DocumentVariantRequestModel>? variants) =>
        new(values ?? [], variants ?? []);
}
