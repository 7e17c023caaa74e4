using StartupTerritoire.Server.Access;

namespace StartupTerritoire.Server.Demarches;

/// <summary>
/// A démarche's and a consultation's logs live in the same store as the soirées' and groups', with ids of their own
/// shape, so a démarche's token never opens a soirée, a group or a consultation, and the other way round.
/// </summary>
internal static class DemarcheIds
{
    private const string DemarchePrefix = "demarche-";
    private const string ConsultationPrefix = "consultation-";

    public static string NewDemarcheId() => DemarchePrefix + TokenHasher.NewId();

    public static string NewConsultationId() => ConsultationPrefix + TokenHasher.NewId();

    public static bool IsDemarche(string? id) => id is not null && id.StartsWith(DemarchePrefix, StringComparison.Ordinal);

    public static bool IsConsultation(string? id) => id is not null && id.StartsWith(ConsultationPrefix, StringComparison.Ordinal);
}
