namespace SelfHelp.Web.BackOffice;

/// <summary>Where the back office client was built (<c>SelfHelp:BackOffice</c>): the folder vite writes, with its manifest.</summary>
public sealed class BackOfficeClientOptions
{
    public const string Section = "SelfHelp:BackOffice";

    /// <summary>The built client's folder, relative to the content root unless absolute (<c>npm run build</c> in <c>BackOffice/Client</c> writes it).</summary>
    public string ClientFolder { get; set; } = "BackOffice/Client/dist";
}
