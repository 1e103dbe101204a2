namespace SelfHelp.Core.Startup;

/// <summary>
/// One thing the site must do before it serves requests (migrate storage, import uSync files, seed demo content,
/// build the published cache). Steps run once, in <see cref="Order"/>; a step that throws stops start-up.
/// </summary>
public interface IStartupStep
{
    int Order { get; }
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>The order of the built-in start-up steps, spaced so features can slot theirs between.</summary>
public static class StartupOrder
{
    public const int Database = 0;
    public const int USyncImport = 100;
    public const int DemoContent = 200;
    public const int PublishedCache = 300;
    public const int SearchIndexes = 400;
}
