using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Security.Login;

/// <summary>
/// ASP.NET Core's rate limiting for sign-in: a fixed window per client address (a policy on the sign-in pages' posts) and a
/// fixed window per account (checked by the page once the form names the account), so neither one address
/// trying many accounts nor many addresses trying one account get far. Counts live in memory only.
/// </summary>
public sealed class LoginRateLimits : IDisposable
{
    public const string PerAddressPolicy = "selfhelp-login";

    private readonly PartitionedRateLimiter<string> _perAccount;

    public LoginRateLimits(IOptions<StaffLoginOptions> options)
    {
        var o = options.Value;
        _perAccount = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(
            account, _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PermitsPerAccount, Window = o.Window, QueueLimit = 0 }));
    }

    /// <summary>Takes one attempt for the account; the lease says whether it was granted and, if not, when to retry.</summary>
    public RateLimitLease AcquireForAccount(string normalizedAccount) => _perAccount.AttemptAcquire(normalizedAccount);

    public void Dispose() => _perAccount.Dispose();

    /// <summary>Adds the per-address policy, whose refusals are a 429 ProblemDetails with Retry-After.</summary>
    public static void AddPerAddressPolicy(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(PerAddressPolicy, new ClientAddressPolicy());
    }

    /// <summary>Says in Retry-After when the lease's limit lets the next attempt through.</summary>
    public static void SetRetryAfter(RateLimitLease lease, HttpContext context)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    private sealed class ClientAddressPolicy : IRateLimiterPolicy<string>
    {
        // The limited endpoints are the sign-in pages: the refusal is a page in the visitor's language.
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, _) =>
        {
            SetRetryAfter(rejected.Lease, rejected.HttpContext);
            var text = SignInText.For(rejected.HttpContext.Request);
            await new SignInPageWriter(rejected.HttpContext, text)
                .Heading(text.SignInTitle)
                .Alert(text.TooManyAttempts)
                .Link(LoginPage.Url(null, text.Culture), text.BackToSignIn)
                .Page(text.SignInTitle, StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(rejected.HttpContext);
        };

        public RateLimitPartition<string> GetPartition(HttpContext context)
        {
            var o = context.RequestServices.GetRequiredService<IOptions<StaffLoginOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PermitsPerAddress, Window = o.Window, QueueLimit = 0 });
        }
    }
}
