namespace SelfHelp.Core.Media;

/// <summary>The one rule for relative media paths, shared by every store: forward slashes, no way out of the root.</summary>
internal static class MediaFilePath
{
    private const int MaxLength = 400;

    public static bool IsSafe(string? path) =>
        !string.IsNullOrWhiteSpace(path)
        && path.Length <= MaxLength
        && !path.StartsWith('/')
        && !path.Any(c => c is '\\' or ':' || char.IsControl(c))
        && path.Split('/').All(segment => segment.Trim().Trim('.').Length > 0 && segment == segment.Trim());

    public static string EnsureSafe(string path) =>
        IsSafe(path) ? path : throw new ArgumentException($"'{path}' is not a safe media path.", nameof(path));
}
