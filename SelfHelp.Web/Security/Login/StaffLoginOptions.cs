using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Security.Login;

/// <summary>How many sign-in attempts are allowed per window (<c>SelfHelp:Security:Login</c>), from one address and for one account.</summary>
public sealed class StaffLoginOptions
{
    public const string SectionName = "SelfHelp:Security:Login";

    [Range(1, 100_000)]
    public int PermitsPerAddress { get; set; } = 20;

    [Range(1, 100_000)]
    public int PermitsPerAccount { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
