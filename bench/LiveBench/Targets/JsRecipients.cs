using System.Diagnostics;
using System.Globalization;
using StartupTerritoire.LiveBench.Servers;

namespace StartupTerritoire.LiveBench.Targets;

/// <summary>Official SignalR JavaScript clients in a Node.js process (bench/node/signalr-recipients.js) as room members.</summary>
public sealed class JsRecipients : IAsyncDisposable
{
    private readonly Process _process;

    private JsRecipients(Process process) => _process = process;

    public static async Task<JsRecipients> StartAsync(Uri hub, string room, int count, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repository.NodeFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["signalr-recipients.js", hub.ToString(), room, count.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var recipients = new JsRecipients(process);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            return line == "ready" ? recipients : throw new InvalidOperationException($"The JavaScript clients did not join: {line}");
        }
        catch
        {
            await recipients.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the clients and returns every receipt: message id and CLOCK_MONOTONIC nanoseconds.</summary>
    public async Task<IReadOnlyList<(string Id, long Timestamp)>> StopAsync()
    {
        await _process.StandardInput.WriteLineAsync("stop");
        await _process.StandardInput.FlushAsync();
        var receipts = new List<(string, long)>();
        while (await _process.StandardOutput.ReadLineAsync() is { } line && line != "done")
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && long.TryParse(line.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ns))
            {
                receipts.Add((line[..space], ns));
            }
        }

        return receipts;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
