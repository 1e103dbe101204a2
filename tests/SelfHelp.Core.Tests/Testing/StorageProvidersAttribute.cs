using System.Reflection;
using SelfHelp.Core.Persistence;
using Xunit.Sdk;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>
/// Runs a <see cref="SkippableTheoryAttribute"/> on SQLite and on PostgreSQL. Without a server named by
/// <see cref="TestEngine.PostgreSqlVariable"/> (CI always provides one) the PostgreSQL case is reported as skipped
/// by <see cref="TestEngine"/>, so a run without a server shows what it did not test instead of hiding it.
/// </summary>
public sealed class StorageProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [DatabaseOptions.SqliteProvider];
        yield return [DatabaseOptions.PostgreSqlProvider];
    }
}
