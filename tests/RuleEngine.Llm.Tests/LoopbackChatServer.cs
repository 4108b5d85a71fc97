using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace RuleEngine.Llm.Tests;

/// <summary>One scripted reply of the loopback server.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Content">For 200: the assistant message's content (wrapped in a chat-completions body); otherwise the raw body.</param>
/// <param name="Delay">Wait before answering (to provoke a client timeout).</param>
/// <param name="PaddingBytes">Extra spaces streamed after the body's opening brace (a huge response).</param>
public sealed record ScriptedReply(int Status, string Content, TimeSpan Delay = default, string? RetryAfter = null, long PaddingBytes = 0)
{
    public static ScriptedReply Ok(string content) => new(200, content);

    /// <summary>Never answers within a test's patience (a hung endpoint).</summary>
    public static ScriptedReply Hung() => new(200, "{}", TimeSpan.FromSeconds(50));
}

/// <summary>
/// A minimal OpenAI chat-completions server on 127.0.0.1 and a free port, started by a test. Replies follow
/// the script (the last reply repeats); every request body is recorded. Stops when disposed, and by itself
/// after a minute whatever happens.
/// </summary>
public sealed class LoopbackChatServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(1));
    private readonly Func<int, string, ScriptedReply> _reply;
    private readonly Task _loop;
    private int _served;

    public LoopbackChatServer(params ScriptedReply[] script)
        : this((n, _) => script[Math.Min(n, script.Length - 1)])
    {
    }

    /// <summary>A server whose reply depends on the request's number (from 0) and body.</summary>
    public LoopbackChatServer(Func<int, string, ScriptedReply> reply)
    {
        _reply = reply;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _stop.Token.Register(() => { try { _listener.Stop(); } catch (ObjectDisposedException) { } });
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The base URL to give the OpenAI client (<c>…/v1</c>).</summary>
    public string Endpoint => $"http://127.0.0.1:{Port}/v1";

    public ConcurrentQueue<(string Path, string Body)> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => ReplyAsync(context));
        }
    }

    private async Task ReplyAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var requestBody = await reader.ReadToEndAsync().ConfigureAwait(false);
            Requests.Enqueue((context.Request.Url!.AbsolutePath, requestBody));
            var n = Interlocked.Increment(ref _served) - 1;
            var reply = _reply(n, requestBody);
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, _stop.Token).ConfigureAwait(false);
            var body = reply.Status == 200 ? Completion(reply.Content) : reply.Content;
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            if (reply.RetryAfter is not null) context.Response.Headers["Retry-After"] = reply.RetryAfter;
            var bytes = Encoding.UTF8.GetBytes(body);
            if (reply.PaddingBytes > 0)
            {
                context.Response.SendChunked = true;
                await context.Response.OutputStream.WriteAsync(bytes.AsMemory(0, 1), _stop.Token).ConfigureAwait(false);
                var spaces = new byte[64 * 1024];
                Array.Fill(spaces, (byte)' ');
                for (long sent = 0; sent < reply.PaddingBytes; sent += spaces.Length)
                    await context.Response.OutputStream.WriteAsync(spaces, _stop.Token).ConfigureAwait(false);
                await context.Response.OutputStream.WriteAsync(bytes.AsMemory(1), _stop.Token).ConfigureAwait(false);
                context.Response.Close();
                return;
            }
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, _stop.Token).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            try { context.Response.Abort(); } catch (ObjectDisposedException) { }
        }
    }

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "loopback-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 321, completion_tokens = 45, total_tokens = 366 },
    });

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener.Close(); } catch (ObjectDisposedException) { }
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
