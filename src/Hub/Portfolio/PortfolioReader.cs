using StartupTerritoire.Server.Demarches;
using StartupTerritoire.Server.Groups;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>A démarche's record, its groups as they stand and the portfolio built from both.</summary>
internal sealed record PortfolioData(DemarcheRecord Demarche, IReadOnlyList<GroupSnapshot> Groups, ProjectPortfolio Portfolio)
{
    /// <summary>The démarche's language for exports: "en" or "fr".</summary>
    public string Language => Demarche.Language == "en" ? "en" : "fr";
}

/// <summary>
/// Reads what a portfolio is made of: the démarche through <see cref="IDemarcheDirectory"/>, then each of its groups
/// (those it linked and those born from its soirées' pistes). A group purged since is left out, not an error.
/// </summary>
internal sealed class PortfolioReader(IDemarcheDirectory directory, GroupRegistry groups)
{
    public async Task<PortfolioData> ReadAsync(string demarcheId, CancellationToken cancellationToken)
    {
        var record = await directory.RecordAsync(demarcheId, cancellationToken);
        var pistes = record.Soirees.SelectMany(s => s.Pistes.Select(p =>
            new PortfolioPiste(s.SessionId, s.Title, s.CreatedAt, p.PisteId, p.Title, p.WorkshopTitle, p.GroupId, p.ProposalId))).ToList();
        var ids = record.GroupIds.Concat(pistes.Select(p => p.GroupId).OfType<string>()).Where(GroupIds.IsGroup).Distinct(StringComparer.Ordinal);
        var snapshots = new List<GroupSnapshot>();
        foreach (var id in ids)
        {
            try
            {
                snapshots.Add(await groups.ReadAsync(id, g => g.ToSnapshot(), cancellationToken));
            }
            catch (WorkshopException ex) when (ex.Code is GroupRegistry.GroupNotFound or ErrorCodes.NotFound)
            {
                // Purged at the end of its retention: the record keeps the piste it came from.
            }
        }

        var language = record.Language == "en" ? "en" : "fr";
        return new PortfolioData(record, snapshots, ProjectPortfolio.Build(pistes, snapshots, language));
    }
}
