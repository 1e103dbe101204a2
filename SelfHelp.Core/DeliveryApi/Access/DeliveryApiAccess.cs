using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace SelfHelp.Core.DeliveryApi.Access;

/// <summary>Who may read what through the Delivery API, from <c>Umbraco:CMS:DeliveryApi</c>.</summary>
public interface IDeliveryApiAccess
{
    bool IsEnabled { get; }
    bool IsMediaEnabled { get; }

    /// <summary>Published content: open when public access is on, otherwise only with the configured key.</summary>
    bool HasContentAccess(string? apiKey);

    /// <summary>Drafts: always needs the configured key.</summary>
    bool HasPreviewAccess(string? apiKey);

    /// <summary>Media: needs content access, and the key too when media public access is off.</summary>
    bool HasMediaAccess(string? apiKey);

    /// <summary>Allowed aliases win when any are configured; otherwise every alias but the disallowed ones.</summary>
    bool IsAllowedContentType(string alias);
}

internal sealed class DeliveryApiAccess : IDeliveryApiAccess
{
    private readonly DeliveryApiSettings _settings;
    private readonly byte[]? _key;
    private readonly HashSet<string> _allowed;
    private readonly HashSet<string> _disallowed;

    public DeliveryApiAccess(IOptions<DeliveryApiSettings> options)
    {
        _settings = options.Value;
        _key = string.IsNullOrEmpty(_settings.ApiKey) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(_settings.ApiKey));
        _allowed = new HashSet<string>(_settings.AllowedContentTypeAliases, StringComparer.OrdinalIgnoreCase);
        _disallowed = new HashSet<string>(_settings.DisallowedContentTypeAliases, StringComparer.OrdinalIgnoreCase);
    }

    public bool IsEnabled => _settings.Enabled;

    public bool IsMediaEnabled => _settings.Enabled && _settings.Media.Enabled;

    public bool HasContentAccess(string? apiKey) => _settings.PublicAccess || IsKey(apiKey);

    public bool HasPreviewAccess(string? apiKey) => IsKey(apiKey);

    public bool HasMediaAccess(string? apiKey) => (_settings.PublicAccess && _settings.Media.PublicAccess) || IsKey(apiKey);

    public bool IsAllowedContentType(string alias) =>
        _allowed.Count > 0 ? _allowed.Contains(alias) : !_disallowed.Contains(alias);

    // The key is a secret: digests of equal length are compared in constant time, so response timing tells nothing
    // about how much of the key, or how long a key, matched.
    private bool IsKey(string? apiKey) =>
        _key is not null && !string.IsNullOrEmpty(apiKey)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)), _key);
}
