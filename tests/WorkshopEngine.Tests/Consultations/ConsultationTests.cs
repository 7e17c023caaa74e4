using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Consultations;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Tests.Consultations;

/// <summary>The consultation's rules: visitors propose, support once and comment within bounds; the host decides the rest.</summary>
public sealed class ConsultationTests
{
    private static readonly Actor Anne = new(Role.Participant, "v-anne");
    private static readonly Actor Bruno = new(Role.Participant, "v-bruno");
    private static readonly ContactDetails Contact = new("Mireille", "mireille@example.org", null);
    private readonly List<StoredEvent> _events = [];
    private Consultation _consultation = Consultation.FromEvents([]);

    public ConsultationTests() => Execute(_ => Consultation.Create("consultation-1", "demarche-1", "acde-fghj"));

    [Fact]
    public void AVisitorSupportsAProposalOnceAndMayTakeItBack()
    {
        Execute(c => c.Propose(Anne, "p-1", "defi", "Garder nos jeunes", "Comment ?", null, null, null, false, null, null, null));
        Execute(c => c.Support(Bruno, "p-1"));
        Assert.True(_consultation.Support(Bruno, "p-1").IsEmpty);
        Execute(c => c.Support(Anne, "p-1"));
        Assert.Equal(2, _consultation.Find("p-1")!.Supports);
        Execute(c => c.Withdraw(Bruno, "p-1"));
        Assert.True(_consultation.Withdraw(Bruno, "p-1").IsEmpty);
        Assert.Equal(["v-anne"], _consultation.Find("p-1")!.Supporters);
    }

    [Fact]
    public void TheHoldersContactIsKeptOnlyWithConsentAndOnlyForALocalProject()
    {
        Execute(c => c.Propose(Anne, "p-1", "projetLocal", "Légumerie", "Des légumes", "circuitsCourts", "Mireille", Contact, true, "ignoré", null, null));
        Execute(c => c.Propose(Anne, "p-2", "projetLocal", "Fournil", "Du pain", null, "Paul", Contact, false, null, null, null));
        Execute(c => c.Propose(Anne, "p-3", "defi", "Défi", "Comment ?", null, "Zoé", Contact, true, null, null, null));

        Assert.Equal("mireille@example.org", _consultation.Find("p-1")!.Proposal.Contact!.Email);
        Assert.Null(_consultation.Find("p-1")!.Proposal.Where);
        Assert.Null(_consultation.Find("p-2")!.Proposal.Contact);
        Assert.Null(_consultation.Find("p-3")!.Proposal.Contact);
        Assert.Null(_consultation.Find("p-3")!.Proposal.Holder);
    }

    [Fact]
    public void TextsAreBoundedLinksAreWebAddressesAndOnlyAVisitorWritesWhileOpen()
    {
        Refuses(ErrorCodes.InvalidArgument, c => c.Propose(Anne, "p-1", "defi", new string('x', 161), "Texte", null, null, null, false, null, null, null));
        Refuses(ErrorCodes.InvalidArgument, c => c.Propose(Anne, "p-1", "defi", "Titre", new string('x', 2001), null, null, null, false, null, null, null));
        Refuses(ErrorCodes.InvalidArgument, c => c.Propose(Anne, "p-1", "projetAilleurs", "Titre", "Texte", null, null, null, false, "Die", "javascript:alert(1)", null));
        Refuses(ErrorCodes.InvalidArgument, c => c.Propose(Anne, "p 1", "defi", "Titre", "Texte", null, null, null, false, null, null, null));
        Refuses(ErrorCodes.Forbidden, c => c.Propose(new Actor(Role.Animator, "coord"), "p-1", "defi", "Titre", "Texte", null, null, null, false, null, null, null));
        Refuses(ErrorCodes.Forbidden, c => c.Hide(Anne, "p-1"));

        Execute(c => c.Propose(Anne, "p-1", "defi", "Titre\u0007", "<b>Texte</b>", null, null, null, false, null, null, null));
        Assert.Equal("Titre", _consultation.Find("p-1")!.Proposal.Title);
        Assert.Equal("<b>Texte</b>", _consultation.Find("p-1")!.Proposal.Text);
        Refuses(ErrorCodes.Forbidden, c => c.Propose(Bruno, "p-1", "defi", "Autre", "Autre", null, null, null, false, null, null, null));

        Execute(c => c.Close(Actor.System));
        Refuses(ErrorCodes.SessionState, c => c.Support(Bruno, "p-1"));
        Refuses(ErrorCodes.SessionState, c => c.Comment(Bruno, "p-1", "c-1", "Oui", null));
        Execute(c => c.Open(Actor.System));
        Execute(c => c.Comment(Bruno, "p-1", "c-1", "Oui", null));
        Assert.True(_consultation.Comment(Bruno, "p-1", "c-1", "Oui", null).IsEmpty);
        Refuses(ErrorCodes.AlreadyExists, c => c.Comment(Anne, "p-1", "c-1", "Non", null));
    }

    [Fact]
    public void OneDeviceMakesAtMostItsShareOfProposals()
    {
        for (var i = 0; i < Consultation.MaxProposalsPerVisitor; i++)
        {
            Execute(c => c.Propose(Anne, $"p-{i}", "defi", "Titre", "Texte", null, null, null, false, null, null, null));
        }

        Refuses(ErrorCodes.InvalidArgument, c => c.Propose(Anne, "p-more", "defi", "Titre", "Texte", null, null, null, false, null, null, null));
        Execute(c => c.Propose(Bruno, "p-more", "defi", "Titre", "Texte", null, null, null, false, null, null, null));
    }

    [Fact]
    public void AHiddenProposalIsNeitherShownNorSupportedNorPickedAndOutcomesAreKept()
    {
        Execute(c => c.Propose(Anne, "p-1", "defi", "Spam", "Spam", null, null, null, false, null, null, null));
        Execute(c => c.Propose(Anne, "p-2", "defi", "Défi", "Comment ?", null, null, null, false, null, null, null));
        Execute(c => c.Hide(Actor.System, "p-1"));

        Assert.Equal(["p-2"], _consultation.Visible.Select(p => p.Proposal.Id));
        Refuses(ErrorCodes.NotFound, c => c.Support(Bruno, "p-1"));
        Assert.Equal(ErrorCodes.NotFound, Assert.Throws<WorkshopException>(() => _consultation.RequirePickable("p-1")).Code);

        Execute(c => c.SetOutcome(Actor.System, "p-2", new ProposalOutcome("soiree", "s-1", "Soirée", "w-1", "Défi")));
        Refuses(ErrorCodes.InvalidArgument, c => c.SetOutcome(Actor.System, "p-2", new ProposalOutcome("oubliee")));
        Assert.Equal("Soirée", Consultation.FromEvents(_events).Find("p-2")!.Outcome.SoireeTitle);
    }

    [Fact]
    public void AFicheProjetIsImportedAsAProjectFromElsewhereEvenWhenClosed()
    {
        Execute(c => c.Close(Actor.System));
        Execute(c => c.Import(Actor.System, "p-f", "Légumerie", "Une légumerie", "transformationAlimentaire", "Ardèche", null, null, ["Une chambre froide"]));

        var imported = _consultation.Find("p-f")!.Proposal;
        Assert.Equal(("projetAilleurs", "fiche", "Ardèche"), (imported.Kind, imported.Source, imported.Where));
        Assert.Equal(["Une chambre froide"], imported.SuccessFactors);
        Refuses(ErrorCodes.AlreadyExists, c => c.Import(Actor.System, "p-f", "Légumerie", "Une légumerie", null, null, null, null, null));
        Refuses(ErrorCodes.Forbidden, c => c.Import(Anne, "p-g", "Légumerie", "Une légumerie", null, null, null, null, null));
    }

    private void Execute(Func<Consultation, Decision> command)
    {
        foreach (var e in command(_consultation).Events)
        {
            var stored = new StoredEvent(_consultation.Version + 1, DateTimeOffset.UnixEpoch, e);
            _consultation.Apply(stored);
            _events.Add(stored);
        }

        _consultation = Consultation.FromEvents(_events);
    }

    private void Refuses(string code, Func<Consultation, Decision> command)
    {
        var version = _consultation.Version;
        Assert.Equal(code, Assert.Throws<WorkshopException>(() => command(_consultation)).Code);
        Assert.Equal(version, _consultation.Version);
    }
}
