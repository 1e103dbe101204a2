using SelfHelp.Web.Tests.Security;

namespace SelfHelp.Web.Tests.Api;

/// <summary>One host (every API on, a volunteer entry, a signed-in client per role) shared by the tests of the HTTP surface.</summary>
[CollectionDefinition(Name)]
public sealed class ApiHostCollection : ICollectionFixture<PermissionMatrixHost>
{
    public const string Name = "API host";
}
