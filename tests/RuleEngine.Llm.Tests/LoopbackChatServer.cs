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
public sealed record ScriptedReply(int Status, string Content, TimeSpan Delay = default, string? RetryAfter = null)
{
    public static ScriptedReply Ok(string content) => new(200, content);
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
    private readonly ScriptedReply[] _script;
    private readonly Task _loop;
    private int _served;

    public LoopbackChatServer(params ScriptedReply[] script)
    {
        _script = script;
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
            Requests.Enqueue((context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync().ConfigureAwait(false)));
            var n = Interlocked.Increment(ref _served) - 1;
            var reply = _script[Math.Min(n, _script.Length - 1)];
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, _stop.Token).ConfigureAwait(false);
            var body = reply.Status == 200 ? Completion(reply.Content) : reply.Content;
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            if (reply.RetryAfter is not null) context.Response.Headers["Retry-After"] = reply.RetryAfter;
            var bytes = Encoding.UTF8.GetBytes(body);
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
