using System.Reflection;
using SelfHelp.Core.Persistence;
using Xunit.Sdk;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>
/// Runs a theory on SQLite always, and on PostgreSQL whenever <see cref="TestEngine.PostgreSqlVariable"/> names a
/// server (CI always provides one).
/// </summary>
public sealed class StorageProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [DatabaseOptions.SqliteProvider];
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestEngine.PostgreSqlVariable)))
        {
            yield return [DatabaseOptions.PostgreSqlProvider];
        }
    }
}
