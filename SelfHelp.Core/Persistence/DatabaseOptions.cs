using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Core.Persistence;

/// <summary>
/// Where content is stored. Bound from Umbraco's keys: <c>ConnectionStrings:umbracoDbDSN</c> and
/// <c>ConnectionStrings:umbracoDbDSN_ProviderName</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SqliteProvider = "Microsoft.Data.Sqlite";
    public const string PostgreSqlProvider = "Npgsql";

    /// <summary>Umbraco's default SQLite connection string; |DataDirectory| is the site's App_Data folder.</summary>
    public const string DefaultSqliteConnectionString =
        "Data Source=|DataDirectory|/SelfHelp.sqlite.db;Cache=Shared;Foreign Keys=True;Pooling=True";

    [Required]
    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;

    [Required]
    [AllowedValues(SqliteProvider, PostgreSqlProvider, ErrorMessage = "umbracoDbDSN_ProviderName must be Microsoft.Data.Sqlite or Npgsql.")]
    public string ProviderName { get; set; } = SqliteProvider;

    /// <summary>The folder |DataDirectory| stands for (App_Data under the content root by default).</summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    public bool IsSqlite => ProviderName == SqliteProvider;

    public string ResolvedConnectionString => ConnectionString.Replace("|DataDirectory|", DataDirectory, StringComparison.OrdinalIgnoreCase);
}
