using StartupTerritoire.WorkshopEngine.Demarches;
using StartupTerritoire.WorkshopEngine.Demarches.Events;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Demarches;

/// <summary>The démarches' logs.</summary>
internal sealed class DemarcheRegistry(ISessionStore store, TimeProvider time) : LogRegistry<Demarche>(store, time)
{
    public const string DemarcheNotFound = "demarche.not_found";

    protected override string NotFoundCode => DemarcheNotFound;

    protected override Demarche? Load(IReadOnlyList<StoredEvent> first) => first[0].Event is DemarcheCreated ? Demarche.FromEvents(first) : null;

    protected override void Apply(Demarche item, StoredEvent stored) => item.Apply(stored);

    protected override long VersionOf(Demarche item) => item.Version;
}
