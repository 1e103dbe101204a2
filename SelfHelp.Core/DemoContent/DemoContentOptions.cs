namespace SelfHelp.Core.DemoContent;

/// <summary>Settings under <c>SelfHelp:DemoContent</c>: whether a new, empty site is filled with demo content.</summary>
public sealed class DemoContentOptions
{
    public const string Section = "SelfHelp:DemoContent";

    /// <summary>Seed the bilingual demo content on first start against an empty database (on by default).</summary>
    public bool Enabled { get; set; } = true;
}
