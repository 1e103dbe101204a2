using System.Collections.Concurrent;

namespace SelfHelp.Bench.Delivery;

/// <summary>
/// The yardstick: bare Kestrel answering GET /bytes/{n} with n bytes of JSON-typed content held in memory, so each
/// Delivery API figure is divided by what this machine can serve at the same response size.
/// </summary>
internal static class BaselineServer
{
    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var bodies = new ConcurrentDictionary<int, byte[]>();
        app.MapGet("/bytes/{size:int}", (int size, HttpContext http) =>
        {
            var body = bodies.GetOrAdd(size, n => Enumerable.Repeat((byte)'x', n).ToArray());
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = body.Length;
            return http.Response.Body.WriteAsync(body).AsTask();
        });
        app.MapGet("/healthz", () => "ok");
        await app.RunAsync();
        return 0;
    }
}
