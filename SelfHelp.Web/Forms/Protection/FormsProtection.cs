using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Forms.Protection;

/// <summary>How many form posts one client may make (<c>SelfHelp:Forms:RateLimit</c>), per window.</summary>
public sealed class FormsRateLimitOptions
{
    public const string SectionName = "SelfHelp:Forms:RateLimit";
    public int PermitLimit { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>The limits on a form post's size: the whole request, and one text value.</summary>
public static class FormsRequestLimits
{
    public const long MaxRequestBytes = 12 * 1024 * 1024;
    public const int MaxValueBytes = 64 * 1024;
}

/// <summary>
/// ASP.NET Core's rate limiter for form posts (page and API): a fixed window per client address, which is used in
/// memory for the count only and never stored. Refused posts get 429 with Retry-After and a message in both languages.
/// </summary>
public static class FormsRateLimiting
{
    public const string Policy = "selfhelp-forms";

    public static IServiceCollection AddFormsRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FormsRateLimitOptions>().Bind(configuration.GetSection(FormsRateLimitOptions.SectionName));
        static FormsRateLimitOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<FormsRateLimitOptions>>().Value;
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Options(context).PermitLimit, Window = Options(context).Window, QueueLimit = 0 }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Options(context.HttpContext).Window.TotalSeconds).ToString();
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "You have sent this form too many times in a short while. Please wait a minute and try again.\n你在短時間內提交了太多次。請等一分鐘後再試。\n",
                    cancellationToken);
            };
        });
        return services;
    }
}
