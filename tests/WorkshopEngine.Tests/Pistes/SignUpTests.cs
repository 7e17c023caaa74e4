using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Pistes;

public sealed class SignUpTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;
    private static readonly Actor s_lea = new(Role.Participant, "lea");
    private static readonly ContactDetails s_contact = new("Léa Martin", "lea@example.org", "04 75 00 00 00");

    private static SessionDriver APiste()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        d.AddTable("t1", "w1", "co1");
        d.Join("lea", "t1");
        d.Join("marc", "t1");
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p1", "w1", null, "Navette du samedi"));
        return d;
    }

    [Fact]
    public void ContactIsKeptWithConsent()
    {
        var d = APiste();

        d.Execute((s, _) => s.SignUp(s_lea, "p1", s_contact, consent: true));

        Assert.Equal(new SignUp("p1", "lea", s_contact, d.Now), Assert.Single(d.Session.SignUps));
    }

    [Fact]
    public void ContactIsDroppedWithoutConsentAndNeverStored()
    {
        var d = APiste();

        d.Execute((s, _) => s.SignUp(s_lea, "p1", s_contact, consent: false));

        Assert.Null(Assert.Single(d.Session.SignUps).Contact);
        Assert.Null(d.Events.Select(e => e.Event).OfType<SignedUp>().Single().Contact);
    }

    [Fact]
    public void ContactIsCleanedAndBlankContactIsNone()
    {
        var d = APiste();

        d.Execute((s, _) => s.SignUp(s_lea, "p1", new ContactDetails("  Léa ", " ", null), consent: true));
        Assert.Equal(new ContactDetails("Léa", null, null), Assert.Single(d.Session.SignUps).Contact);

        d.Execute((s, _) => s.SignUp(s_lea, "p1", new ContactDetails(" ", "", null), consent: true));
        Assert.Null(Assert.Single(d.Session.SignUps).Contact);
    }

    [Theory]
    [InlineData("lea.example.org", null)]
    [InlineData("lea @example.org", null)]
    [InlineData(null, "06 12 AB")]
    public void MalformedContactIsRefused(string? email, string? phone)
    {
        var d = APiste();

        d.Refuses(ErrorCodes.InvalidArgument, (s, _) => s.SignUp(s_lea, "p1", new ContactDetails("Léa", email, phone), consent: true));
    }

    [Fact]
    public void SigningUpAgainReplacesTheSignUpOrDecidesNothing()
    {
        var d = APiste();
        d.Execute((s, _) => s.SignUp(s_lea, "p1", s_contact, consent: true));

        Assert.True(d.Execute((s, _) => s.SignUp(s_lea, "p1", s_contact, consent: true)).IsEmpty);
        d.Execute((s, _) => s.SignUp(s_lea, "p1", s_contact, consent: false));

        Assert.Null(Assert.Single(d.Session.SignUps).Contact);
    }

    [Fact]
    public void WithdrawingRemovesTheSignUp()
    {
        var d = APiste();
        d.Execute((s, _) => s.SignUp(s_lea, "p1", null, consent: false));

        d.Execute((s, _) => s.WithdrawSignUp(s_lea, "p1"));

        Assert.Empty(d.Session.SignUps);
        Assert.True(d.Execute((s, _) => s.WithdrawSignUp(s_lea, "p1")).IsEmpty);
    }

    [Theory]
    [InlineData("board", false)]
    [InlineData("self", false)]
    [InlineData("other-participant", false)]
    [InlineData("host", false)]
    [InlineData("animator", true)]
    public void ContactIsVisibleOnlyToTheAnimator(string viewer, bool sees)
    {
        var d = APiste();
        d.Execute((s, _) => s.SignUp(s_lea, "p1", s_contact, consent: true));
        var signedUp = d.Events.Select(e => e.Event).OfType<SignedUp>().Single();
        var v = viewer switch
        {
            "board" => Viewer.Public,
            "self" => Viewer.Of(s_lea),
            "other-participant" => Viewer.Of(new Actor(Role.Participant, "marc")),
            "host" => Viewer.Of(new Actor(Role.CoAnimator, "co1", "t1")),
            _ => Viewer.Animator,
        };

        Assert.Equal(sees ? s_contact : null, Assert.IsType<SignedUp>(d.Session.ViewOf(signedUp, v)).Contact);
        Assert.Equal(sees ? s_contact : null, Assert.Single(d.Session.ViewFor(v).SignUps).Contact);
    }

    [Fact]
    public void OnlyParticipantsSignUpAndOnlyWhileTheSessionIsOpen()
    {
        var d = APiste();

        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.SignUp(s_anim, "p1", null, consent: false));
        d.Refuses(ErrorCodes.Forbidden, (s, _) => s.SignUp(SessionDriver.Board, "p1", null, consent: false));
        d.Refuses(ErrorCodes.NotFound, (s, _) => s.SignUp(s_lea, "p404", null, consent: false));
        d.Execute((s, _) => s.Close(s_anim));
        d.Refuses(ErrorCodes.SessionState, (s, _) => s.SignUp(s_lea, "p1", null, consent: false));
    }
}
