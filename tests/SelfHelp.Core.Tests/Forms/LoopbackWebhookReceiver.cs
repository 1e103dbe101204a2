using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;

namespace SelfHelp.Core.Tests.Forms;

/// <summary>
/// A real HTTP endpoint on loopback that keeps the headers of every request it is sent and answers each with the next
/// status it was told to give (200 once those run out), as a webhook receiver would.
/// </summary>
public sealed class LoopbackWebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<NameValueCollection> _requests = new();
    private readonly ConcurrentQueue<HttpStatusCode> _answers = new();
    private readonly Task _serving;

    public LoopbackWebhookReceiver()
    {
        Url = $"http://127.0.0.1:{FreePort()}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url { get; }

    /// <summary>The headers of each request received, in order.</summary>
    public IReadOnlyList<NameValueCollection> Requests => _requests.ToList();

    /// <summary>Answers the next requests with these statuses, in order.</summary>
    public void AnswerNext(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            // Kept before answering, so whoever waited for the send to finish finds it here.
            _requests.Enqueue(context.Request.Headers);
            context.Response.StatusCode = (int)(_answers.TryDequeue(out var status) ? status : HttpStatusCode.OK);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
    }
}
