using StartupTerritoire.WorkshopEngine.Consultations;
using StartupTerritoire.WorkshopEngine.Consultations.Events;
using StartupTerritoire.WorkshopEngine.Demarches;
using StartupTerritoire.WorkshopEngine.Demarches.Events;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Storage;

/// <summary>A démarche's and a consultation's logs, in the same stores as the soirées and groups.</summary>
public abstract partial class SessionStoreContractTests
{
    [Fact]
    public async Task ADemarchesLogIsKeptAndReadBackEventForEventWithItsPartnersPlanAndLinks()
    {
        var demarche = NewId("demarche");
        StreamEvent[] made =
        [
            new DemarcheCreated(demarche, "Start'up de Territoire Ardèche méridionale 2026", "Ardèche méridionale", "fr", "consultation-1", "coord-1"),
            new PartnerSet(new Partner("pays", "Pays de l'Ardèche méridionale", "collectivites", "premier", new ContactDetails("Hélène Roux", "helene@example.fr", null))),
            new AnimatorSet(new DemarcheAnimator("anim-1", "Camille", "animateur")),
            new PlanSet(new EveningPlan("Soirée de Joyeuse", new DateOnly(2026, 3, 12), [new PlanPick("p-1", "projetLocal", "Légumerie", "acceleration")])),
            new SoireeLinked("soiree-1", "Soirée de Joyeuse", [new LinkedWorkshop("w-1", "Légumerie", "p-1"), new LinkedWorkshop("w-2", "Libre", null)]),
            new GroupLinked("group-1"),
            new DemarcheRenamed("Start'up de Territoire 2026", "Ardèche"),
            new PartnerRemoved("pays"),
            new AnimatorRemoved("anim-1"),
        ];
        var events = made.Select((e, i) => new StoredEvent(i + 1, At.AddMinutes(i), e)).ToArray();

        Assert.Equal(AppendResult.Appended(events.Length), await Store.AppendAsync(demarche, 0, events, requestId: null).DefaultTimeout());

        var read = await Store.ReadEventsAsync(demarche, 0, 100).DefaultTimeout();
        AssertSameEvents(events, read);
        Assert.Equal(new DateOnly(2026, 3, 12), Assert.IsType<PlanSet>(read[3].Event).Plan.Date);
        var folded = Demarche.FromEvents(read);
        Assert.Equal("p-1", folded.Soirees.Single().Workshops[0].ProposalId);
        Assert.Equal(["group-1"], folded.LinkedGroups);
        Assert.Equal(events[^1].At, read[^1].At);
    }

    [Fact]
    public async Task AConsultationsLogIsKeptAndReadBackEventForEventWithItsProposalsSupportsAndOutcomes()
    {
        var consultation = NewId("consultation");
        StreamEvent[] made =
        [
            new ConsultationCreated(consultation, "demarche-1", "ACDEFGHJ"),
            new ProposalMade(new Proposal("p-1", "v-1", "projetLocal", "Légumerie du plateau", "Des légumes épluchés 🥕 pour les cantines", "circuitsCourts",
                "Mireille", new ContactDetails("Mireille", "mireille@example.org", null), null, null, null, "consultation")),
            new ProposalMade(new Proposal("p-2", "system", "projetAilleurs", "Ressourcerie de Die", "Réparer", null, null, null, "Die", "https://example.org", "Pourquoi pas",
                "fiche", ["Un atelier partagé"])),
            new ProposalSupported("p-1", "v-2"),
            new SupportWithdrawn("p-1", "v-2"),
            new CommentAdded("p-1", "c-1", "v-2", null, "Bonne idée"),
            new ProposalHidden("p-2"),
            new ProposalOutcomeSet("p-1", new ProposalOutcome("soiree", "soiree-1", "Soirée de Joyeuse", "w-1", "Légumerie")),
            new ConsultationClosed(),
            new ConsultationOpened(),
        ];
        var events = made.Select((e, i) => new StoredEvent(i + 1, At.AddMinutes(i), e)).ToArray();

        Assert.Equal(AppendResult.Appended(events.Length), await Store.AppendAsync(consultation, 0, events, requestId: null).DefaultTimeout());

        var read = await Store.ReadEventsAsync(consultation, 0, 100).DefaultTimeout();
        AssertSameEvents(events, read);
        Assert.Equal(["Un atelier partagé"], Assert.IsType<ProposalMade>(read[2].Event).Proposal.SuccessFactors);
        var folded = Consultation.FromEvents(read);
        Assert.Equal("mireille@example.org", folded.Find("p-1")!.Proposal.Contact!.Email);
        Assert.Equal("soiree", folded.Find("p-1")!.Outcome.Key);
        Assert.True(folded.Find("p-2")!.Hidden);
        Assert.True(folded.IsOpen);
    }
}
