using StartupTerritoire.Server.Demarches;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.Server.Portfolio;

/// <summary>The consultation proposal a project came from: the piste names it, or the proposal names the soirée's workshop.</summary>
internal static class PortfolioPaths
{
    public static ProposalRecord? ProposalOf(PortfolioOrigin origin, DemarcheRecord demarche)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(demarche);
        var proposalId = origin.ProposalId ?? demarche.Soirees.Where(s => s.SessionId == origin.SessionId)
            .SelectMany(s => s.Pistes).FirstOrDefault(p => p.PisteId == origin.PisteId)?.ProposalId;
        return proposalId is not null
            ? demarche.Proposals.FirstOrDefault(p => p.Id == proposalId)
            : null;
    }
}
