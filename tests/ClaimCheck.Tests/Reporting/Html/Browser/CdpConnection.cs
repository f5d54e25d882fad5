using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Tests.Reporting.Html.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one WebSocket: commands by id (each
/// answer awaited with a time limit), events handed to whoever waits for them. Flattened
/// sessions: a command for a page carries that page's <c>sessionId</c>.
/// </summary>
internal sealed class CdpConnection : IDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<TaskCompletionSource<JsonElement>>> _eventWaiters = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentQueue<(string Method, JsonElement Params)> _events = new();
    private Task? _receiving;
    private int _nextId;

    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Every event received so far, in order.</summary>
    public IEnumerable<(string Method, JsonElement Params)> Events => _events;

    public static async Task<CdpConnection> ConnectAsync(Uri endpoint, TimeSpan timeout)
    {
        var connection = new CdpConnection();
        using var limit = new CancellationTokenSource(timeout);
        await connection._socket.ConnectAsync(endpoint, limit.Token);
        connection._receiving = Task.Run(connection.ReceiveLoopAsync);
        return connection;
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null, string? sessionId = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject
        {
            ["id"] = id,
            ["method"] = method,
            ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }),
        };
        if (sessionId is not null)
            message["sessionId"] = sessionId;

        await _sendLock.WaitAsync(_stop.Token);
        try
        {
            using var limit = new CancellationTokenSource(CommandTimeout);
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, limit.Token);
        }
        finally
        {
            _sendLock.Release();
        }

        try
        {
            return await answer.Task.WaitAsync(CommandTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Chromium did not answer '{method}' within {CommandTimeout.TotalSeconds:0} s.");
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>A task that completes with the next event named <paramref name="method"/>; call it before the command that causes the event.</summary>
    public Task<JsonElement> NextEvent(string method)
    {
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _eventWaiters.GetOrAdd(method, _ => []).Add(waiter);
        return waiter.Task;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                    break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                    continue;
                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser went away or we are shutting down; pending commands fail below.
        }
        foreach (var pending in _pending.Values)
            pending.TrySetException(new InvalidOperationException("The connection to Chromium closed."));
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var idElement))
        {
            if (!_pending.TryGetValue(idElement.GetInt32(), out var answer))
                return;
            if (message.TryGetProperty("error", out var error))
                answer.TrySetException(new InvalidOperationException($"Chromium answered with an error: {error.GetRawText()}"));
            else
                answer.TrySetResult(message.GetProperty("result"));
            return;
        }
        if (!message.TryGetProperty("method", out var methodElement))
            return;
        var method = methodElement.GetString() ?? "";
        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        _events.Enqueue((method, parameters));
        if (_eventWaiters.TryRemove(method, out var waiters))
        {
            foreach (var waiter in waiters)
                waiter.TrySetResult(parameters);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _receiving?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Shutting down: a failed receive loop changes nothing.
        }
        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }
}
