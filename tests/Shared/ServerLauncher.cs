using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace StartupTerritoire.Testing;

/// <summary>
/// Starts the built Hub as its own process on loopback, as `dotnet run` would run it (content root src/Hub, so the
/// built pages are served), and waits until /readyz answers; the tests that kill, restart or browse it share this.
/// </summary>
public static class ServerLauncher
{
    public static async Task<Process> StartAsync(Uri baseAddress, IEnumerable<string> configuration, Action<string> keepOutput, Func<string> output, TimeSpan startTimeout)
    {
        var assembly = RepositoryPaths.ServerAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        foreach (var argument in (string[])[assembly, "--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", RepositoryPaths.HubProject, .. configuration])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                keepOutput(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                keepOutput(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitUntilReadyAsync(process, baseAddress, output, startTimeout);
            return process;
        }
        catch
        {
            await StopAsync(process);
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, like a power cut of the process.</summary>
    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync().DefaultTimeout();
        process.Dispose();
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilReadyAsync(Process process, Uri baseAddress, Func<string> output, TimeSpan startTimeout)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + startTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode}:{Environment.NewLine}{output()}");
            }

            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The server was not ready within {startTimeout.TotalSeconds} s:{Environment.NewLine}{output()}");
    }
}
