namespace SelfHelp.Web.BackOffice;

/// <summary>The built files of one entry of the back office client's bundle (<c>app</c>, <c>login</c>): module scripts and stylesheets, in load order.</summary>
public sealed record BackOfficeEntry(IReadOnlyList<string> Scripts, IReadOnlyList<string> Styles);

/// <summary>
/// Where the back office client's built files are served, read from the bundler's manifest. The client is built from
/// npm; a site without Node and npm runs without it, and its pages say so.
/// </summary>
public interface IBackOfficeAssets
{
    bool IsBuilt { get; }

    /// <summary>The URLs of an entry's files, or null when the client is not built or has no such entry.</summary>
    BackOfficeEntry? Entry(string name);
}
