namespace SelfHelp.Web.ManagementApi.Manifests;

/// <summary>One package of back office extensions, as Umbraco's <c>ManifestResponseModel</c> (the client loads each extension).</summary>
public sealed record ManifestResponseModel(string Name, string? Id, string? Version, IReadOnlyList<object> Extensions);

/// <summary>An extension of type <c>backofficeEntryPoint</c>: a module whose <c>onInit</c> runs when the back office starts.</summary>
public sealed record BackofficeEntryPointManifest(string Alias, string Name, string Js)
{
    public string Type => "backofficeEntryPoint";
}
