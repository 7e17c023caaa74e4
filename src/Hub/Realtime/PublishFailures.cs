namespace StartupTerritoire.Server.Realtime;

/// <summary>
/// Where the broadcaster reports a soirée whose stored events it could not hand to the backplane, so whatever brings
/// clients back in step hears of it (see <see cref="BackplaneRecovery"/>); a single node without one just counts it.
/// </summary>
internal sealed class PublishFailures(ResyncCounter counter)
{
    /// <summary>Raised with the soirée whose events its clients, on any node, may lack.</summary>
    public event Action<string>? Failed;

    public void Report(string sessionId)
    {
        counter.PublishFailed();
        Failed?.Invoke(sessionId);
    }
}
