using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Rounds;

/// <summary>
/// A write that arrives after its round ended (a phone's outbox emptied late, a slow network) is told that its round
/// ended, or that its time was up when the clock ended it, never that the round running now is for something else;
/// that reason stays for a write the workshop never had a round for.
/// </summary>
public sealed class LateWriteTests
{
    private static readonly Actor s_anim = SessionDriver.Animator;

    public static TheoryData<string, string> EndedWays => new()
    {
        { "completed", ErrorCodes.RoundClosed },
        { "skipped", ErrorCodes.RoundClosed },
        { "deadline", ErrorCodes.RoundDeadlinePassed },
    };

    /// <summary>Ends the running round of a workshop the given way: the animator ends or skips it, or its time runs out.</summary>
    private static void End(SessionDriver d, string workshopId, string roundId, string how)
    {
        switch (how)
        {
            case "completed":
                d.Execute((s, _) => s.EndRound(s_anim, workshopId, roundId));
                break;
            case "skipped":
                d.Execute((s, _) => s.SkipRound(s_anim, workshopId, roundId));
                break;
            default:
                d.Advance(d.Round(workshopId, roundId).Duration + d.Round(workshopId, roundId).GraceAfterDeadline() + TimeSpan.FromMilliseconds(100));
                d.Execute((s, now) => s.AdvanceClock(now));
                break;
        }

        Assert.Equal(RoundStatus.Ended, d.Round(workshopId, roundId).Status);
    }

    private static void AssertSaysItsRoundEnded(WorkshopException refusal, string what)
    {
        Assert.StartsWith($"The round for {what} ", refusal.Message, StringComparison.Ordinal);
        Assert.Matches("has ended|was skipped", refusal.Message);
        if (refusal.Code == ErrorCodes.RoundDeadlinePassed)
        {
            Assert.Contains("time is up", refusal.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EndedWays))]
    public void ARatingAfterItsRoundEndedSaysTheRoundForRatingsEndedWhileTheNextRoundRuns(string how, string code)
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        var lea = d.Join("lea");
        d.StartRound("w3", "faisabilite");
        End(d, "w3", "faisabilite", how);
        d.StartRound("w3", "qui-porte");

        AssertSaysItsRoundEnded(d.Refuses(code, (s, now) => s.Rate(lea, now, "w3", 4)), "ratings");
    }

    [Theory]
    [MemberData(nameof(EndedWays))]
    public void ARatingAfterItsRoundEndedSaysSoWhenNoRoundRuns(string how, string code)
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        var lea = d.Join("lea");
        d.StartRound("w3", "faisabilite");
        End(d, "w3", "faisabilite", how);

        AssertSaysItsRoundEnded(d.Refuses(code, (s, now) => s.Rate(lea, now, "w3", 4)), "ratings");
    }

    [Fact]
    public void ARatingBeforeTheWorkshopHadARoundForRatingsSaysTheRunningRoundIsNotForRatings()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        var lea = d.Join("lea");
        d.StartRound("w3", "transposition");

        var refusal = d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.Rate(lea, now, "w3", 4));
        Assert.Equal("This round is not for ratings.", refusal.Message);

        d.Execute((s, _) => s.EndRound(s_anim, "w3", "transposition"));
        Assert.Equal("No round is running for ratings.", d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.Rate(lea, now, "w3", 4)).Message);
    }

    [Theory]
    [MemberData(nameof(EndedWays))]
    public void ANoteAfterItsRoundEndedSaysTheRoundForNotesEndedWhileTheVoteRuns(string how, string code)
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "ideation");
        End(d, "w1", "ideation", how);
        d.Execute((s, _) => s.SkipRound(s_anim, "w1", "regroupement"));
        d.StartRound("w1", "vote");

        AssertSaysItsRoundEnded(d.Refuses(code, (s, now) => s.AddNote(lea, now, "n1", "w1", "idee", "Envoyée trop tard", null)), "notes");
    }

    [Fact]
    public void ANoteInAWorkshopThatNeverTookNotesSaysTheRunningRoundIsNotForNotes()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "cadrage");

        Assert.Equal("This round is not for notes.", d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.AddNote(lea, now, "n1", "w1", "idee", "Trop tôt", null)).Message);
    }

    [Theory]
    [MemberData(nameof(EndedWays))]
    public void AVoteOrItsWithdrawalAfterTheVoteEndedSaysTheRoundForVotesEnded(string how, string code)
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w1", "Mobilité", []));
        d.StartRound("w1", "vote");
        d.Execute((s, now) => s.CastVote(lea, now, "w1", "c1"));
        End(d, "w1", "vote", how);
        d.StartRound("w1", "pistes");

        AssertSaysItsRoundEnded(d.Refuses(code, (s, now) => s.CastVote(lea, now, "w1", "c1")), "votes");
        AssertSaysItsRoundEnded(d.Refuses(code, (s, now) => s.WithdrawVote(lea, now, "w1", "c1")), "votes");
    }

    [Theory]
    [MemberData(nameof(EndedWays))]
    public void TheHoldersStarAfterTriEndedSaysTheRoundForStarsEnded(string how, string code)
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w2", WorkshopFormat.Acceleration);
        var lea = d.Join("lea");
        d.Execute((s, _) => s.AssignHolder(s_anim, "w2", "lea"));
        d.Execute((s, _) => s.CreateCluster(s_anim, "c1", "w2", "Local", []));
        d.StartRound("w2", "tri");
        End(d, "w2", "tri", how);
        d.StartRound("w2", "engagements");

        AssertSaysItsRoundEnded(d.Refuses(code, (s, now) => s.Star(lea, now, "w2", "c1", true)), "stars");
    }

    [Theory]
    [MemberData(nameof(EndedWays))]
    public void ChangingOnesNoteAfterItsRoundEndedSaysTheNotesRoundEnded(string how, string code)
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        var lea = d.Join("lea");
        d.StartRound("w3", "transposition");
        d.AddNote(lea, "n1", "w3", "obstacles", "Pas de local");
        End(d, "w3", "transposition", how);
        d.StartRound("w3", "regroupement");

        var refusals = new[]
        {
            d.Refuses(code, (s, now) => s.EditNote(lea, now, "n1", "Pas de local chauffé")),
            d.Refuses(code, (s, now) => s.MoveNote(lea, now, "n1", "a-adapter")),
            d.Refuses(code, (s, now) => s.RecolourNote(lea, now, "n1", "rose")),
            d.Refuses(code, (s, now) => s.DeleteNote(lea, now, "n1")),
        };
        Assert.All(refusals, r => Assert.StartsWith("The note's round ", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ChangingOnesNoteWhileItsRoundIsPausedSaysItIsPaused()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w3", WorkshopFormat.Essaimage);
        var lea = d.Join("lea");
        d.StartRound("w3", "transposition");
        d.AddNote(lea, "n1", "w3", "obstacles", "Pas de local");
        d.Execute((s, now) => s.PauseRound(s_anim, now, "w3", "transposition"));

        Assert.Equal("The note's round is paused.", d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.EditNote(lea, now, "n1", "Autre")).Message);
        Assert.Equal("The round for notes is paused.", d.Refuses(ErrorCodes.RoundClosed, (s, now) => s.AddNote(lea, now, "n2", "w3", "obstacles", "Autre", null)).Message);
    }

    [Fact]
    public void ASignUpNeedsNoRoundSoItIsTakenAfterThePistesRoundEnded()
    {
        var d = SessionDriver.Opened();
        d.AddWorkshop("w1", WorkshopFormat.Emergence);
        var lea = d.Join("lea");
        d.StartRound("w1", "pistes");
        d.Execute((s, _) => s.PromoteToPiste(s_anim, "p1", "w1", null, "Navette du samedi"));
        End(d, "w1", "pistes", "deadline");

        d.Execute((s, _) => s.SignUp(lea, "p1", null, consent: false));

        Assert.Equal("lea", Assert.Single(d.Session.SignUps).ParticipantId);
    }
}
