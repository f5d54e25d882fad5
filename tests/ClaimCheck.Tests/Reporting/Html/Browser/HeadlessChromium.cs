using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ClaimCheck.Tests.Reporting.Html.Browser;

/// <summary>
/// Debian's Chromium, started headless on a fresh profile with remote debugging on a port it
/// picks itself (read from <c>DevToolsActivePort</c>), and always killed on dispose. Every
/// wait is bounded. Nothing here reaches the network: the flags turn off background fetches.
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, CdpConnection connection)
    {
        _process = process;
        _profile = profile;
        Connection = connection;
    }

    public CdpConnection Connection { get; }

    public static bool IsInstalled => File.Exists(DefaultPath);

    public static async Task<HeadlessChromium> LaunchAsync(TimeSpan startTimeout)
    {
        var profile = Path.Combine(Path.GetTempPath(), "claimcheck-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(DefaultPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
        })
            start.ArgumentList.Add(flag);

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {DefaultPath}.");
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var endpoint = await WaitForEndpointAsync(process, profile, startTimeout, stderr);
            var connection = await CdpConnection.ConnectAsync(endpoint, startTimeout);
            return new HeadlessChromium(process, profile, connection);
        }
        catch
        {
            Kill(process);
            DeleteProfile(profile);
            throw;
        }
    }

    /// <summary>Opens a new tab and returns the session id that addresses it.</summary>
    public async Task<string> OpenPageAsync()
    {
        var target = await Connection.SendAsync("Target.createTarget", new { url = "about:blank" });
        var attached = await Connection.SendAsync("Target.attachToTarget", new { targetId = target.GetProperty("targetId").GetString(), flatten = true });
        return attached.GetProperty("sessionId").GetString()!;
    }

    /// <summary>Evaluates an expression in the page and returns its value (use JSON.stringify for objects).</summary>
    public async Task<JsonElement> EvaluateAsync(string sessionId, string expression)
    {
        var result = await Connection.SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, sessionId);
        if (result.TryGetProperty("exceptionDetails", out var exception))
            throw new InvalidOperationException($"The page's script failed: {exception.GetRawText()}");
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    private static async Task<Uri> WaitForEndpointAsync(Process process, string profile, TimeSpan timeout, StringBuilder stderr)
    {
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before it listened:\n{Text(stderr)}");
            if (File.Exists(portFile))
            {
                string[] lines;
                try
                {
                    lines = File.ReadAllLines(portFile);
                }
                catch (IOException)
                {
                    lines = [];
                }
                // The file is written as "PORT\n/devtools/browser/ID"; wait until both lines are there.
                if (lines.Length >= 2 && int.TryParse(lines[0], out var port) && lines[1].StartsWith('/'))
                    return new Uri($"ws://127.0.0.1:{port}{lines[1]}");
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Chromium did not write {portFile} within {timeout.TotalSeconds:0} s:\n{Text(stderr)}");
    }

    private static string Text(StringBuilder stderr)
    {
        lock (stderr)
            return stderr.ToString();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }

    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A leftover profile folder in /tmp is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose()
    {
        Connection.Dispose();
        Kill(_process);
        DeleteProfile(_profile);
    }
}
