using StartupTerritoire.Server.Storage;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Tests.Storage;

/// <summary>
/// What every <see cref="ISessionStore"/> must do; each adapter's test class only says how to build one.
/// Session ids, codes and token hashes are fresh per test, so stores may share a server between tests.
/// </summary>
public abstract partial class SessionStoreContractTests
{
    // A non-UTC offset and sub-millisecond ticks: a store must give back the instant exactly as decided.
    protected static readonly DateTimeOffset At = new DateTimeOffset(2025, 11, 20, 19, 30, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567);

    // One store per test, also when the first use is from several threads at once.
    private readonly Lazy<ISessionStore> _store;

    protected SessionStoreContractTests() => _store = new Lazy<ISessionStore>(() => CreateStore());

    protected ISessionStore Store => _store.Value;

    protected abstract ISessionStore CreateStore();

    [Fact]
    public async Task AppendedEventsAreReadBackInOrder()
    {
        var session = NewId("session");
        var events = Notes(from: 1, count: 3);

        var result = await Store.AppendAsync(session, 0, events, requestId: null).DefaultTimeout();

        Assert.Equal(AppendResult.Appended(3), result);
        var read = await Store.ReadEventsAsync(session, 0, 100).DefaultTimeout();
        AssertSameEvents(events, read);
    }

    [Fact]
    public async Task SuccessiveAppendsNumberEventsWithoutGaps()
    {
        var session = NewId("session");

        Assert.Equal(AppendResult.Appended(2), await Store.AppendAsync(session, 0, Notes(1, 2), null).DefaultTimeout());
        Assert.Equal(AppendResult.Appended(3), await Store.AppendAsync(session, 2, Notes(3, 1), null).DefaultTimeout());
        Assert.Equal(AppendResult.Appended(6), await Store.AppendAsync(session, 3, Notes(4, 3), null).DefaultTimeout());

        var read = await Store.ReadEventsAsync(session, 0, 100).DefaultTimeout();
        Assert.Equal([1L, 2, 3, 4, 5, 6], read.Select(e => e.Seq));
        Assert.Equal(6, await Store.GetVersionAsync(session).DefaultTimeout());
    }

    [Fact]
    public async Task AppendWithAStaleExpectedVersionConflictsAndStoresNothing()
    {
        var session = NewId("session");
        await Store.AppendAsync(session, 0, Notes(1, 2), null).DefaultTimeout();

        var result = await Store.AppendAsync(session, 1, Notes(2, 1, text: "late"), NewId("request")).DefaultTimeout();

        Assert.Equal(AppendResult.Conflict(2), result);
        Assert.Equal(2, await Store.GetVersionAsync(session).DefaultTimeout());
        var read = await Store.ReadEventsAsync(session, 0, 100).DefaultTimeout();
        Assert.DoesNotContain(read, e => e.Event is NoteAdded { Text: "late" });
    }

    [Fact]
    public async Task ConflictingAppendDoesNotRememberItsRequestId()
    {
        var session = NewId("session");
        var request = NewId("request");
        await Store.AppendAsync(session, 0, Notes(1, 1), null).DefaultTimeout();

        Assert.Equal(AppendStatus.Conflict, (await Store.AppendAsync(session, 0, Notes(1, 1), request).DefaultTimeout()).Status);

        // Retried at the right version, the same request id is a first attempt, not a duplicate.
        Assert.Equal(AppendResult.Appended(2), await Store.AppendAsync(session, 1, Notes(2, 1), request).DefaultTimeout());
    }

    [Fact]
    public async Task AppendWithAKnownRequestIdReturnsTheFirstSeqAndStoresNothing()
    {
        var session = NewId("session");
        var request = NewId("request");
        Assert.Equal(AppendResult.Appended(2), await Store.AppendAsync(session, 0, Notes(1, 2), request).DefaultTimeout());
        Assert.Equal(AppendResult.Appended(3), await Store.AppendAsync(session, 2, Notes(3, 1), NewId("request")).DefaultTimeout());

        var retried = await Store.AppendAsync(session, 0, Notes(1, 2, text: "retry"), request).DefaultTimeout();
        var retriedAtCurrentVersion = await Store.AppendAsync(session, 3, Notes(4, 1, text: "retry"), request).DefaultTimeout();

        Assert.Equal(AppendResult.Duplicate(3, 2), retried);
        Assert.Equal(AppendResult.Duplicate(3, 2), retriedAtCurrentVersion);
        Assert.Equal(3, await Store.GetVersionAsync(session).DefaultTimeout());
        var read = await Store.ReadEventsAsync(session, 0, 100).DefaultTimeout();
        Assert.DoesNotContain(read, e => e.Event is NoteAdded { Text: "retry" });
    }

    [Fact]
    public async Task AppliedRequestIdIsFoundWithItsLastSeq()
    {
        var session = NewId("session");
        var request = NewId("request");
        await Store.AppendAsync(session, 0, Notes(1, 1), null).DefaultTimeout();
        await Store.AppendAsync(session, 1, Notes(2, 2), request).DefaultTimeout();

        Assert.Equal(3L, await Store.FindRequestAsync(session, request).DefaultTimeout());
        Assert.Null(await Store.FindRequestAsync(session, NewId("request")).DefaultTimeout());
        Assert.Null(await Store.FindRequestAsync(NewId("session"), request).DefaultTimeout());
    }

    [Fact]
    public async Task RequestIdsAreScopedToTheirSession()
    {
        var request = NewId("request");
        var first = NewId("session");
        var second = NewId("session");
        await Store.AppendAsync(first, 0, Notes(1, 2), request).DefaultTimeout();

        Assert.Equal(AppendResult.Appended(1), await Store.AppendAsync(second, 0, Notes(1, 1), request).DefaultTimeout());
    }

    [Fact]
    public async Task ConcurrentAppendsAtTheSameExpectedVersionLetExactlyOneWin()
    {
        var session = NewId("session");
        await Store.AppendAsync(session, 0, Notes(1, 1), null).DefaultTimeout();

        var attempts = Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => Store.AppendAsync(session, 1, Notes(2, 2, text: $"writer {i}"), NewId("request"))))
            .ToArray();
        var results = await Task.WhenAll(attempts).DefaultTimeout();

        Assert.Single(results, r => r.Status == AppendStatus.Appended);
        Assert.All(results.Where(r => r.Status != AppendStatus.Appended), r => Assert.Equal(AppendResult.Conflict(3), r));
        Assert.Equal(3, await Store.GetVersionAsync(session).DefaultTimeout());
        var read = await Store.ReadEventsAsync(session, 1, 100).DefaultTimeout();
        Assert.Equal(2, read.Count);
        // Both stored events come from the one winning writer, not one from each of two.
        // Only the " {seq}" suffix goes: replacing it anywhere would also cut writer 2's own number.
        Assert.Single(read.Select(e => ((NoteAdded)e.Event).Text![..^$" {e.Seq}".Length]).Distinct());
    }

    [Fact]
    public async Task ConcurrentWritersOnManySessionsEachKeepTheirOwnSequence()
    {
        // Many sessions written at once, each by a chain of appends: whatever the store does to write them together,
        // every append keeps its own compare-and-set and every session its own gapless numbering.
        var sessions = Enumerable.Range(0, 30).Select(_ => NewId("session")).ToArray();
        var chains = sessions.Select(session => Task.Run(async () =>
        {
            for (var version = 0L; version < 8; version += 2)
            {
                var result = await Store.AppendAsync(session, version, Notes(version + 1, 2, text: session), NewId("request"));
                Assert.Equal(AppendResult.Appended(version + 2), result);
            }
        }));
        await Task.WhenAll(chains).DefaultTimeout();

        foreach (var session in sessions)
        {
            var read = await Store.ReadEventsAsync(session, 0, 100).DefaultTimeout();
            Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), read.Select(e => e.Seq));
            Assert.All(read, e => Assert.StartsWith(session, ((NoteAdded)e.Event).Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AppendRejectsEventsNotNumberedFromTheExpectedVersion()
    {
        var session = NewId("session");

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AppendAsync(session, 0, Notes(2, 1), null)).DefaultTimeout();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AppendAsync(session, 0, [Note(1), Note(3)], null)).DefaultTimeout();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AppendAsync(session, 0, [], null)).DefaultTimeout();

        Assert.Equal(0, await Store.GetVersionAsync(session).DefaultTimeout());
    }

    [Fact]
    public async Task ReadReturnsOnlyEventsAfterTheGivenSeqUpToMaxCount()
    {
        var session = NewId("session");
        await Store.AppendAsync(session, 0, Notes(1, 10), null).DefaultTimeout();

        Assert.Equal([4L, 5, 6, 7], (await Store.ReadEventsAsync(session, 3, 4).DefaultTimeout()).Select(e => e.Seq));
        Assert.Equal([9L, 10], (await Store.ReadEventsAsync(session, 8, 100).DefaultTimeout()).Select(e => e.Seq));
        Assert.Empty(await Store.ReadEventsAsync(session, 10, 100).DefaultTimeout());
        Assert.Empty(await Store.ReadEventsAsync(session, 0, 0).DefaultTimeout());
    }

    [Fact]
    public async Task UnknownSessionHasVersionZeroAndNothingKept()
    {
        var session = NewId("session");

        Assert.Equal(0, await Store.GetVersionAsync(session).DefaultTimeout());
        Assert.Empty(await Store.ReadEventsAsync(session, 0, 100).DefaultTimeout());
        Assert.Null(await Store.LoadSnapshotAsync(session).DefaultTimeout());
        Assert.Null(await Store.FindSessionByJoinCodeAsync(NewId("code")).DefaultTimeout());
        Assert.Null(await Store.FindCredentialAsync(NewId("hash")).DefaultTimeout());
    }

    [Fact]
    public async Task SavedSnapshotLoadsBackUnchanged()
    {
        var snapshot = Snapshot(NewId("session"), version: 12);

        await Store.SaveSnapshotAsync(snapshot).DefaultTimeout();
        var loaded = await Store.LoadSnapshotAsync(snapshot.Id).DefaultTimeout();

        Assert.NotNull(loaded);
        Assert.Equal(SessionJson.SerializeSnapshot(snapshot), SessionJson.SerializeSnapshot(loaded));
    }

    [Fact]
    public async Task OlderSnapshotDoesNotReplaceANewerOne()
    {
        var session = NewId("session");
        await Store.SaveSnapshotAsync(Snapshot(session, version: 5) with { Title = "five" }).DefaultTimeout();
        await Store.SaveSnapshotAsync(Snapshot(session, version: 9) with { Title = "nine" }).DefaultTimeout();

        await Store.SaveSnapshotAsync(Snapshot(session, version: 7) with { Title = "seven" }).DefaultTimeout();

        var loaded = await Store.LoadSnapshotAsync(session).DefaultTimeout();
        Assert.Equal(9, loaded?.Version);
        Assert.Equal("nine", loaded?.Title);
    }

    [Fact]
    public async Task JoinCodeIsReservedOnceAndFindable()
    {
        var code = NewId("code");
        var first = NewId("session");
        var second = NewId("session");

        Assert.True(await Store.TryReserveJoinCodeAsync(code, first).DefaultTimeout());
        Assert.False(await Store.TryReserveJoinCodeAsync(code, second).DefaultTimeout());

        Assert.Equal(first, await Store.FindSessionByJoinCodeAsync(code).DefaultTimeout());
    }

    [Fact]
    public async Task ConcurrentReservationsOfOneJoinCodeHaveOneWinner()
    {
        var code = NewId("code");
        var sessions = Enumerable.Range(0, 10).Select(_ => NewId("session")).ToArray();

        var reserved = await Task.WhenAll(sessions.Select(s => Task.Run(() => Store.TryReserveJoinCodeAsync(code, s)))).DefaultTimeout();

        Assert.Single(reserved, r => r);
        Assert.Equal(sessions[Array.IndexOf(reserved, true)], await Store.FindSessionByJoinCodeAsync(code).DefaultTimeout());
    }

    [Fact]
    public async Task SavedCredentialIsFoundByItsTokenHash()
    {
        var session = NewId("session");
        var animator = new Credential(NewId("hash"), session, Role.Animator, NewId("principal"), null, At);
        var coAnimator = new Credential(NewId("hash"), session, Role.CoAnimator, NewId("principal"), "table-2", At.AddMinutes(5));

        await Store.SaveCredentialAsync(animator).DefaultTimeout();
        await Store.SaveCredentialAsync(coAnimator).DefaultTimeout();

        Assert.Equal(animator, await Store.FindCredentialAsync(animator.TokenHash).DefaultTimeout());
        Assert.Equal(coAnimator, await Store.FindCredentialAsync(coAnimator.TokenHash).DefaultTimeout());
    }

    [Fact]
    public async Task LiveSessionsAreListedUntilMarkedNotLive()
    {
        var live = NewId("session");
        var ended = NewId("session");

        await Store.SetLiveAsync(live, true).DefaultTimeout();
        await Store.SetLiveAsync(ended, true).DefaultTimeout();
        await Store.SetLiveAsync(ended, false).DefaultTimeout();

        var listed = await Store.ListLiveSessionsAsync().DefaultTimeout();
        Assert.Contains(live, listed);
        Assert.DoesNotContain(ended, listed);
    }

    [Fact]
    public async Task DeleteRemovesEverythingOfTheSessionAndNothingElse()
    {
        var doomed = await SeedSessionAsync();
        var kept = await SeedSessionAsync();

        await Store.DeleteSessionAsync(doomed.Id).DefaultTimeout();

        await AssertGoneAsync(doomed);
        await AssertIntactAsync(kept);
    }

    [Fact]
    public async Task PurgeRemovesSessionsWhoseExpiryHasPassed()
    {
        var now = DateTimeOffset.UtcNow;
        var expired = await SeedSessionAsync();
        var current = await SeedSessionAsync();
        await Store.SetExpiryAsync(expired.Id, now.AddMinutes(-1)).DefaultTimeout();
        await Store.SetExpiryAsync(current.Id, now.AddDays(1)).DefaultTimeout();

        var purged = await Store.PurgeExpiredAsync(now).DefaultTimeout();

        Assert.True(purged >= 1, $"Purged {purged} sessions.");
        await AssertGoneAsync(expired);
        await AssertIntactAsync(current);
    }

    [Fact]
    public async Task PushingTheExpiryBackKeepsTheSession()
    {
        var now = DateTimeOffset.UtcNow;
        var session = await SeedSessionAsync();
        await Store.SetExpiryAsync(session.Id, now.AddHours(1)).DefaultTimeout();
        await Store.SetExpiryAsync(session.Id, now.AddDays(30)).DefaultTimeout();

        await Store.PurgeExpiredAsync(now.AddHours(2)).DefaultTimeout();

        await AssertIntactAsync(session);
    }

    [Fact]
    public async Task EventsOfEveryKindRoundTrip()
    {
        var session = NewId("session");
        var workshop = new Workshop(
            "workshop-1",
            WorkshopFormat.Emergence,
            "Mobilité en zone rurale",
            new WorkshopInput(Challenge: new Challenge("Comment se déplacer sans voiture ?", "mobilité")),
            DefaultScripts.Rounds(WorkshopFormat.Emergence, "fr"),
            HolderId: null);
        SessionEvent[] named =
        [
            new NoteAdded("note-1", "workshop-1", "round-1", "participant-1", "idées", "Un « covoiturage » solidaire 🚗", "yellow", Hidden: true),
            new RoundStarted("workshop-1", "round-1", At.AddMinutes(7)),
            new WorkshopAdded(workshop, 0),
            new SuggestionAccepted("workshop-1", [new AcceptedGroup("cluster-1", "Transport", ["note-1", "note-2"]), new AcceptedGroup("cluster-2", "Lien social", ["note-3"])]),
        ];
        var all = named.Concat(EventSamples.OfEveryType()).ToArray();
        var stored = all.Select((e, i) => new StoredEvent(i + 1, At.AddSeconds(i), e)).ToArray();

        await Store.AppendAsync(session, 0, stored, NewId("request")).DefaultTimeout();
        var read = await Store.ReadEventsAsync(session, 0, stored.Length + 1).DefaultTimeout();

        AssertSameEvents(stored, read);
    }

    protected static string NewId(string kind) => $"{kind}-{Guid.NewGuid():N}";

    protected static StoredEvent Note(long seq, string text = "note") =>
        new(seq, At.AddSeconds(seq), new NoteAdded($"note-{seq}", "workshop-1", "round-1", "participant-1", "idées", $"{text} {seq}", "yellow", Hidden: false));

    protected static StoredEvent[] Notes(long from, int count, string text = "note") =>
        [.. Enumerable.Range(0, count).Select(i => Note(from + i, text))];

    protected static SessionSnapshot Snapshot(string sessionId, long version) => new()
    {
        Id = sessionId,
        Version = version,
        Title = "Soirée créative à Guéret",
        Language = "fr",
        JoinCode = "K7M2QX",
        State = SessionState.Open,
        Anonymous = false,
        JoiningLocked = true,
        AnimatorId = "animator-1",
        CreatedAt = At,
        Workshops =
        [
            new Workshop("workshop-1", WorkshopFormat.Emergence, "Mobilité", new WorkshopInput(Challenge: new Challenge("Se déplacer", null)), DefaultScripts.Rounds(WorkshopFormat.Emergence, "fr"), null),
        ],
        CurrentWorkshopId = "workshop-1",
        BoardWorkshopId = null,
        Tables = [],
        Participants = [],
        Notes = [],
        Clusters = [],
        Votes = [],
        Ratings = [],
        Stars = [],
        Pistes = [],
        SignUps = [],
    };

    /// <summary>A session with something of every kind: events, a snapshot, a join code, a credential, live.</summary>
    protected async Task<SeededSession> SeedSessionAsync()
    {
        var seeded = new SeededSession(NewId("session"), NewId("code"), NewId("hash"));
        await Store.AppendAsync(seeded.Id, 0, Notes(1, 3), NewId("request")).DefaultTimeout();
        await Store.SaveSnapshotAsync(Snapshot(seeded.Id, 3)).DefaultTimeout();
        Assert.True(await Store.TryReserveJoinCodeAsync(seeded.JoinCode, seeded.Id).DefaultTimeout());
        await Store.SaveCredentialAsync(new Credential(seeded.TokenHash, seeded.Id, Role.Animator, "animator-1", null, At)).DefaultTimeout();
        await Store.SetLiveAsync(seeded.Id, true).DefaultTimeout();
        return seeded;
    }

    protected async Task AssertGoneAsync(SeededSession session)
    {
        Assert.Equal(0, await Store.GetVersionAsync(session.Id).DefaultTimeout());
        Assert.Empty(await Store.ReadEventsAsync(session.Id, 0, 100).DefaultTimeout());
        Assert.Null(await Store.LoadSnapshotAsync(session.Id).DefaultTimeout());
        Assert.Null(await Store.FindSessionByJoinCodeAsync(session.JoinCode).DefaultTimeout());
        Assert.Null(await Store.FindCredentialAsync(session.TokenHash).DefaultTimeout());
        Assert.DoesNotContain(session.Id, await Store.ListLiveSessionsAsync().DefaultTimeout());
    }

    protected async Task AssertIntactAsync(SeededSession session)
    {
        Assert.Equal(3, await Store.GetVersionAsync(session.Id).DefaultTimeout());
        Assert.Equal(3, (await Store.ReadEventsAsync(session.Id, 0, 100).DefaultTimeout()).Count);
        Assert.Equal(3, (await Store.LoadSnapshotAsync(session.Id).DefaultTimeout())?.Version);
        Assert.Equal(session.Id, await Store.FindSessionByJoinCodeAsync(session.JoinCode).DefaultTimeout());
        Assert.Equal(session.Id, (await Store.FindCredentialAsync(session.TokenHash).DefaultTimeout())?.SessionId);
        Assert.Contains(session.Id, await Store.ListLiveSessionsAsync().DefaultTimeout());
    }

    protected static void AssertSameEvents(IReadOnlyList<StoredEvent> expected, IReadOnlyList<StoredEvent> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Seq, actual[i].Seq);
            Assert.Equal(expected[i].At, actual[i].At);
            Assert.Equal(expected[i].At.Offset, actual[i].At.Offset);
            Assert.Equal(expected[i].Event.GetType(), actual[i].Event.GetType());
            Assert.Equal(SessionJson.SerializeEvent(expected[i].Event), SessionJson.SerializeEvent(actual[i].Event));
        }
    }

    protected sealed record SeededSession(string Id, string JoinCode, string TokenHash);
}
