using System.Diagnostics;

namespace StartupTerritoire.Testing;

/// <summary>Bounds every await in a test so a hang fails fast instead of stalling the run.</summary>
public static class TaskExtensions
{
    // Generous: a browser's first page load compiles the bundle, and a server process takes seconds to start.
    public static readonly TimeSpan DefaultTimeoutDuration = TimeSpan.FromSeconds(20);

    public static Task DefaultTimeout(this Task task, TimeSpan? timeout = null) =>
        task.WaitAsync(Effective(timeout));

    public static Task<T> DefaultTimeout<T>(this Task<T> task, TimeSpan? timeout = null) =>
        task.WaitAsync(Effective(timeout));

    public static Task DefaultTimeout(this ValueTask task, TimeSpan? timeout = null) =>
        task.AsTask().DefaultTimeout(timeout);

    public static Task<T> DefaultTimeout<T>(this ValueTask<T> task, TimeSpan? timeout = null) =>
        task.AsTask().DefaultTimeout(timeout);

    // Stepping through a test in a debugger must not trip the timeout.
    private static TimeSpan Effective(TimeSpan? timeout) =>
        Debugger.IsAttached ? Timeout.InfiniteTimeSpan : timeout ?? DefaultTimeoutDuration;
}
