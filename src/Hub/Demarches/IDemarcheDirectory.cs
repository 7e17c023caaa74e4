namespace StartupTerritoire.Server.Demarches;

/// <summary>What the portfolio and the démarche's record read of a démarche: its soirées with their pistes, its
/// groups and its consultation's proposals, so the report can trace each launched project back to where it came
/// from without knowing how the démarche is stored.</summary>
public interface IDemarcheDirectory
{
    Task<DemarcheRecord> RecordAsync(string demarcheId, CancellationToken ct);
}

public sealed record DemarcheRecord(
    string Id,
    string Name,
    string Territory,
    string Language,
    IReadOnlyList<SoireeRecord> Soirees,
    IReadOnlyList<string> GroupIds,
    IReadOnlyList<ProposalRecord> Proposals);

public sealed record SoireeRecord(
    string SessionId,
    string Title,
    DateTimeOffset CreatedAt,
    int Participants,
    IReadOnlyList<PisteRecord> Pistes);

/// <summary>A piste of a linked soirée; <c>ProposalId</c> is the consultation proposal its workshop came from, when the
/// soirée was created from the plan.</summary>
public sealed record PisteRecord(string PisteId, string Title, string WorkshopTitle, string? GroupId, string? ProposalId);

public sealed record ProposalRecord(
    string Id,
    string Kind,
    string Title,
    string OutcomeKey,
    int Supports,
    DateTimeOffset CreatedAt,
    string? SessionId,
    string? WorkshopId);
