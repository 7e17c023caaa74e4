using StartupTerritoire.Server.Demarches;
using StartupTerritoire.WorkshopEngine.Consultations;
using StartupTerritoire.WorkshopEngine.Consultations.Events;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Consultations;

/// <summary>The consultations' logs.</summary>
internal sealed class ConsultationRegistry(ISessionStore store, TimeProvider time) : LogRegistry<Consultation>(store, time)
{
    public const string ConsultationNotFound = "consultation.not_found";

    protected override string NotFoundCode => ConsultationNotFound;

    protected override Consultation? Load(IReadOnlyList<StoredEvent> first) => first[0].Event is ConsultationCreated ? Consultation.FromEvents(first) : null;

    protected override void Apply(Consultation item, StoredEvent stored) => item.Apply(stored);

    protected override long VersionOf(Consultation item) => item.Version;
}
