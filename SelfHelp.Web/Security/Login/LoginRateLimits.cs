using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SelfHelp.Web.Api;

namespace SelfHelp.Web.Security.Login;

/// <summary>
/// ASP.NET Core's rate limiting for sign-in: a fixed window per client address (a policy on the endpoint) and a
/// fixed window per account (checked by the endpoint once the body names the account), so neither one address
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

    /// <summary>The 429 answer for either limit.</summary>
    public static ApiProblem<Status429TooManyRequests> TooManyAttempts(RateLimitLease lease, HttpContext context)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return ApiProblems.TooManyRequests("Too many sign-in attempts.", "Wait until the time in the Retry-After header has passed, then try again.");
    }

    private sealed class ClientAddressPolicy : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, _) =>
            await TooManyAttempts(rejected.Lease, rejected.HttpContext).ExecuteAsync(rejected.HttpContext);

        public RateLimitPartition<string> GetPartition(HttpContext context)
        {
            var o = context.RequestServices.GetRequiredService<IOptions<StaffLoginOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PermitsPerAddress, Window = o.Window, QueueLimit = 0 });
        }
    }
}
