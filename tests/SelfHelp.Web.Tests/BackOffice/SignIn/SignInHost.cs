using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Testing;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.BackOffice.SignIn;

/// <summary>A bare site whose email goes to a loopback SMTP server, with helpers for accounts and authenticator codes.</summary>
public sealed class SignInHost : TempSiteHost
{
    public const string Password = "Sign-in-password-123";

    public SignInHost() => Smtp = Owned(new LoopbackSmtpServer());

    public LoopbackSmtpServer Smtp { get; }

    protected override void Setup(SiteSetup site) => site.WithSmtp(Smtp);

    /// <summary>A new account in <paramref name="groups"/> with a unique email, which it returns.</summary>
    public async Task<string> NewAccountAsync(params string[] groups)
    {
        var email = $"signin-{Guid.NewGuid():N}@selfhelp.example";
        await StaffAccounts.CreateAsync(Services, email, Password, groups);
        return email;
    }

    /// <summary>Runs <paramref name="change"/> on the account as an administrator's tool would.</summary>
    public async Task<T> WithAccountAsync<T>(string email, Func<UserManager<IdentityUser>, IdentityUser, Task<T>> change)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await change(users, (await users.FindByEmailAsync(email))!);
    }

    public Task<string> IdOfAsync(string email) => WithAccountAsync(email, (_, user) => Task.FromResult(user.Id));

    public HttpClient WithToken(string token)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An authenticator app's current code for a base32 key (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits).</summary>
    public static string TotpCode(string base32Key, DateTimeOffset now)
    {
        var key = Base32(base32Key);
        var counter = now.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }
        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c != ' ' && c != '='))
        {
            value = (value << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
