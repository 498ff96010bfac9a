using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ArticleRevisions.Testing;

/// <summary>An HTTP server on 127.0.0.1 that a test starts for itself and that serves what the test tells it to; nothing leaves the machine.</summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener listener;
    private readonly Func<HttpListenerContext, Task> handler;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LocalServer(Func<HttpListenerContext, Task> handler)
    {
        this.handler = handler;
        (listener, Port) = Start();
        loop = Task.Run(AcceptLoop);
    }

    public int Port { get; }

    /// <summary>Every request received: its path and query, and its headers.</summary>
    public ConcurrentQueue<(string PathAndQuery, System.Collections.Specialized.NameValueCollection Headers)> Requests { get; } = new();

    public Uri Url(string pathAndQuery) => new($"http://127.0.0.1:{Port}{pathAndQuery}");

    public static Task Write(HttpListenerContext context, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        WriteBytes(context, Encoding.UTF8.GetBytes(body), contentType, status);

    public static async Task WriteBytes(HttpListenerContext context, byte[] body, string contentType, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    public static void Status(HttpListenerContext context, int status, string? location = null)
    {
        context.Response.StatusCode = status;
        if (location is not null)
        {
            context.Response.RedirectLocation = location;
        }

        context.Response.ContentLength64 = 0;
        context.Response.Close();
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener's own exception once it is stopped.
        }

        stop.Dispose();
    }

    private static (HttpListener Listener, int Port) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                // Another process took the port between the probe and the start: try another.
                listener.Close();
            }
        }
    }

    private async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests.Enqueue((context.Request.Url?.PathAndQuery ?? string.Empty, context.Request.Headers));
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(context);
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
                {
                    // The client hung up (a size limit or a timeout on its side): that is what some tests want.
                }
            });
        }
    }
}
