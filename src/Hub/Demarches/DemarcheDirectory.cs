using System.Text.Json;
using StartupTerritoire.Server.Consultations;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Consultations;
using StartupTerritoire.WorkshopEngine.Demarches;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// Reads a démarche together with what it holds in other logs: its soirées (participants, pistes), the groups born
/// of their pistes or linked by code, and its consultation. What became of a proposal after the evening (a piste, a
/// group) is read here from the soirée and its groups, never written back, so it is always what the evening says.
/// A soirée or group purged by retention is left out, not an error.
/// </summary>
internal sealed class DemarcheDirectory(
    DemarcheRegistry demarches, ConsultationRegistry consultations, SessionRegistry sessions, GroupCreator groupCreator, GroupRegistry groups)
    : IDemarcheDirectory
{
    /// <summary>The démarche as plain data, copied out of its lock.</summary>
    public Task<DemarcheData> DataAsync(string demarcheId, CancellationToken cancellationToken) =>
        demarches.ReadAsync(demarcheId, DemarcheData.Of, cancellationToken);

    /// <summary>A linked soirée as it stands now, or null when it is gone.</summary>
    public async Task<SoireeFacts?> SoireeAsync(LinkedSoiree linked, CancellationToken cancellationToken)
    {
        try
        {
            return await sessions.ReadAsync(linked.SessionId, s => new SoireeFacts(
                s.Id, s.Title, s.CreatedAt, s.Participants.Count,
                [.. s.Pistes.OrderBy(p => p.CreatedAt).Select(p => new PisteFacts(p.Id, p.Title, p.WorkshopId, s.FindWorkshop(p.WorkshopId)?.Title ?? string.Empty, p.GroupId))],
                s.Version),
                cancellationToken);
        }
        catch (WorkshopException ex) when (ex.Code == SessionRegistry.SessionNotFound)
        {
            return null;
        }
    }

    /// <summary>Every group of the démarche: born of its soirées' pistes, then linked by code; each once.</summary>
    public async Task<IReadOnlyList<string>> GroupIdsAsync(DemarcheData data, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var soiree in data.Soirees)
        {
            try
            {
                ids.AddRange(await groupCreator.GroupsOfAsync(soiree.SessionId, cancellationToken));
            }
            catch (WorkshopException ex) when (ex.Code == SessionRegistry.SessionNotFound)
            {
                // A soirée purged by retention: its groups are still linked through their own origin, not here.
            }
        }

        ids.AddRange(data.LinkedGroups);
        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The groups with their name, stage and theme; a purged group is left out. Each group read adds its id and
    /// version to <paramref name="versions"/>, for the page's tag.
    /// </summary>
    public async Task<IReadOnlyList<DemarcheGroupView>> GroupsAsync(DemarcheData data, ICollection<string> versions, CancellationToken cancellationToken)
    {
        var views = new List<DemarcheGroupView>();
        foreach (var id in await GroupIdsAsync(data, cancellationToken))
        {
            try
            {
                // The theme comes with the groups' card (the portfolio's side of this feature); until then none.
                var (view, version) = await groups.ReadAsync(id, g => (new DemarcheGroupView(g.Id, g.Name, JsonNamingPolicy.CamelCase.ConvertName(g.Stage.ToString()), null), g.Version), cancellationToken);
                views.Add(view);
                versions.Add($"{id}:{version}");
            }
            catch (WorkshopException ex) when (ex.Code == GroupRegistry.GroupNotFound)
            {
            }
        }

        return views;
    }

    /// <summary>
    /// What became of each proposal that went into a soirée: "soiree" while its workshop has no piste, "piste" once it
    /// has, "groupe" (with the group's name) once a piste of it became a working group. Each soirée and group read
    /// adds its id and version to <paramref name="versions"/>, for the page's tag.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, OutcomeView>> OutcomesAsync(
        IReadOnlyList<ProposalState> proposals, ICollection<string> versions, CancellationToken cancellationToken)
    {
        var soirees = new Dictionary<string, SoireeFacts?>(StringComparer.Ordinal);
        var outcomes = new Dictionary<string, OutcomeView>(StringComparer.Ordinal);
        foreach (var p in proposals)
        {
            var o = p.Outcome;
            var view = new OutcomeView(o.Key, o.SoireeTitle, o.WorkshopTitle, null, null);
            if (o is { Key: "soiree", SessionId: { } sessionId, WorkshopId: { } workshopId })
            {
                if (!soirees.TryGetValue(sessionId, out var soiree))
                {
                    soiree = await SoireeAsync(new LinkedSoiree(sessionId, o.SoireeTitle ?? string.Empty, default, []), cancellationToken);
                    soirees[sessionId] = soiree;
                    versions.Add($"{sessionId}:{soiree?.Version ?? -1}");
                }

                var pistes = soiree?.Pistes.Where(x => x.WorkshopId == workshopId).ToList() ?? [];
                if (pistes.FirstOrDefault(x => x.GroupId is not null) is { GroupId: { } groupId })
                {
                    var (name, version) = await GroupNameAsync(groupId, cancellationToken);
                    versions.Add($"{groupId}:{version}");
                    view = view with { Key = "groupe", GroupId = groupId, GroupName = name };
                }
                else if (pistes.Count > 0)
                {
                    view = view with { Key = "piste" };
                }
            }

            outcomes[p.Proposal.Id] = view;
        }

        return outcomes;
    }

    public async Task<DemarcheRecord> RecordAsync(string demarcheId, CancellationToken ct)
    {
        var data = await DataAsync(demarcheId, ct);
        var soirees = new List<SoireeRecord>();
        foreach (var linked in data.Soirees)
        {
            if (await SoireeAsync(linked, ct) is not { } soiree)
            {
                continue;
            }

            var fromProposal = linked.Workshops.Where(w => w.ProposalId is not null).ToDictionary(w => w.WorkshopId, w => w.ProposalId, StringComparer.Ordinal);
            soirees.Add(new SoireeRecord(soiree.SessionId, soiree.Title, soiree.CreatedAt, soiree.Participants,
                [.. soiree.Pistes.Select(p => new PisteRecord(p.PisteId, p.Title, p.WorkshopTitle, p.GroupId, fromProposal.GetValueOrDefault(p.WorkshopId)))]));
        }

        var proposals = await consultations.ReadAsync(data.ConsultationId, c => c.Visible, ct);
        var outcomes = await OutcomesAsync(proposals, [], ct);
        return new DemarcheRecord(data.Id, data.Name, data.Territory, data.Language, soirees, await GroupIdsAsync(data, ct),
            [.. proposals.Select(p => new ProposalRecord(p.Proposal.Id, p.Proposal.Kind, p.Proposal.Title, outcomes[p.Proposal.Id].Key, p.Supports, p.At,
                p.Outcome.SessionId, p.Outcome.WorkshopId))]);
    }

    private async Task<(string? Name, long Version)> GroupNameAsync(string groupId, CancellationToken cancellationToken)
    {
        try
        {
            return await groups.ReadAsync(groupId, g => ((string?)g.Name, g.Version), cancellationToken);
        }
        catch (WorkshopException ex) when (ex.Code == GroupRegistry.GroupNotFound)
        {
            return (null, -1);
        }
    }
}

/// <summary>A démarche's state as plain data.</summary>
internal sealed record DemarcheData(
    string Id, string Name, string Territory, string Language, string ConsultationId, string CoordinatorId, long Version,
    IReadOnlyList<Partner> Partners, IReadOnlyList<DemarcheAnimator> Animators, EveningPlan Plan, IReadOnlyList<LinkedSoiree> Soirees,
    IReadOnlyList<string> LinkedGroups)
{
    public static DemarcheData Of(Demarche d) => new(
        d.Id, d.Name, d.Territory, d.Language, d.ConsultationId, d.CoordinatorId, d.Version,
        [.. d.Partners], [.. d.Animators], d.Plan, [.. d.Soirees], [.. d.LinkedGroups]);
}

/// <summary>A soirée as it stands, and its version.</summary>
internal sealed record SoireeFacts(string SessionId, string Title, DateTimeOffset CreatedAt, int Participants, IReadOnlyList<PisteFacts> Pistes, long Version);

/// <summary>A piste of a soirée and its workshop.</summary>
internal sealed record PisteFacts(string PisteId, string Title, string WorkshopId, string WorkshopTitle, string? GroupId);

/// <summary>What became of a proposal, as the consultation page shows it.</summary>
public sealed record OutcomeView(string Key, string? SoireeTitle, string? WorkshopTitle, string? GroupName, string? GroupId);
