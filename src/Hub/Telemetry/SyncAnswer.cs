namespace StartupTerritoire.Server.Telemetry;

/// <summary>What a Sync call answered, as the <c>answer</c> tag of <c>workshop.syncs</c> says it.</summary>
internal static class SyncAnswer
{
    /// <summary>A client's first Sync (from 0): the snapshot every page starts from.</summary>
    public const string Initial = "initial";

    /// <summary>A client that missed a few events got exactly those.</summary>
    public const string Events = "events";

    /// <summary>A client too far behind (or ahead of a purged log) got a whole snapshot again.</summary>
    public const string Snapshot = "snapshot";
}
