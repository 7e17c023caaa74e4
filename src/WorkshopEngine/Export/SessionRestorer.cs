using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Notes;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// Turns a record back into the events of a new soirée (new id, join code and animator), so that an imported soirée
/// is stored and loaded like any other. Every text and id goes through the same checks as live input, every reference
/// must exist, and the events must fold into a session whose record is the one imported.
/// </summary>
public static class SessionRestorer
{
    /// <summary>The events, numbered from 1, of a new soirée restoring <paramref name="record"/>.</summary>
    public static IReadOnlyList<StoredEvent> Restore(SessionExport record, string sessionId, string joinCode, string animatorId)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Schema != SessionExport.SchemaName || record.SchemaVersion != SessionExport.CurrentVersion)
        {
            throw Invalid($"This is not a version {SessionExport.CurrentVersion} record of a soirée.");
        }

        var s = record.Session ?? throw Invalid("The record has no session.");
        var events = new List<StoredEvent>();
        void Add(DateTimeOffset at, StreamEvent e) => events.Add(new StoredEvent(events.Count + 1, at, e));

        var created = Session.Create(sessionId, s.Title, s.Language, joinCode, s.Anonymous, animatorId).Events;
        foreach (var e in created)
        {
            Add(s.CreatedAt, e);
        }

        var workshops = record.Workshops ?? [];
        RequireUnique(workshops.Select(w => w.Id), "workshop");
        foreach (var (w, index) in workshops.Select((w, i) => (w, i)))
        {
            Add(s.CreatedAt, new WorkshopAdded(ToWorkshop(w), index));
        }

        var tables = record.Tables ?? [];
        RequireUnique(tables.Select(t => t.Id), "table");
        foreach (var t in tables)
        {
            Add(s.CreatedAt, new TableAdded(new Table(Input.Id(t.Id, "table id"), Input.Line(t.Name, Input.MaxTitleLength, "table name"),
                OptionalReference(t.WorkshopId, workshops.Select(w => w.Id), "table workshop"), null)));
        }

        if (s.State is "open" or "closed")
        {
            Add(s.CreatedAt, new SessionOpened());
        }
        else if (s.State != "draft")
        {
            throw Invalid("The session state is draft, open or closed.");
        }

        var participants = record.Participants ?? [];
        RequireUnique(participants.Select(p => p.Id), "participant");
        var people = participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var p in participants)
        {
            var nickname = p.Nickname is null ? string.Empty : Input.Line(p.Nickname, Input.MaxNicknameLength, "nickname");
            Add(p.JoinedAt, new ParticipantJoined(Input.Id(p.Id, "participant id"), nickname, OptionalReference(p.TableId, tables.Select(t => t.Id), "participant table")));
        }

        foreach (var w in workshops)
        {
            RestoreWorkshop(w, people, record.ExportedAt, Add);
        }

        if (s.CurrentWorkshopId is not null)
        {
            Add(record.ExportedAt, new CurrentWorkshopChanged(Reference(s.CurrentWorkshopId, workshops.Select(w => w.Id), "current workshop")));
        }

        if (s.BoardWorkshopId is not null)
        {
            Add(record.ExportedAt, new BoardFocusChanged(Reference(s.BoardWorkshopId, workshops.Select(w => w.Id), "board workshop")));
        }

        if (s.JoiningLocked)
        {
            Add(record.ExportedAt, new JoiningChanged(true));
        }

        if (s.State == "closed")
        {
            Add(s.ClosedAt ?? record.ExportedAt, new SessionClosed());
        }

        try
        {
            Session.FromEvents(events);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw Invalid("The record does not describe a consistent soirée.");
        }

        return events;
    }

    /// <remarks>Votes, ratings, stars and the holder keep no time of their own: they take <paramref name="unknownAt"/>.</remarks>
    private static void RestoreWorkshop(WorkshopRecord w, HashSet<string> people, DateTimeOffset unknownAt, Action<DateTimeOffset, SessionEvent> add)
    {
        var rounds = (w.Rounds ?? []).Select(r => r.Id).ToList();
        var notes = w.Notes ?? [];
        var clusters = w.Clusters ?? [];
        RequireUnique(notes.Select(n => n.Id), "note");
        RequireUnique(clusters.Select(c => c.Id), "cluster");
        if (w.HolderId is not null)
        {
            add(unknownAt, new HolderAssigned(w.Id, Reference(w.HolderId, people, "holder")));
        }

        foreach (var n in notes)
        {
            RestoreNote(w.Id, n, rounds, people, add);
        }

        foreach (var c in clusters)
        {
            add(c.CreatedAt, new ClusterCreated(Input.Id(c.Id, "cluster id"), w.Id, Input.Optional(c.Title, Input.MaxTitleLength, "cluster title", allowNewLines: false), []));
            var members = notes.Where(n => n.ClusterId == c.Id).ToList();
            var byHand = members.Where(n => n.PlacedByHand).Select(n => n.Id).ToList();
            var suggested = members.Where(n => !n.PlacedByHand).Select(n => n.Id).ToList();
            if (byHand.Count > 0)
            {
                add(c.CreatedAt, new NotesPlaced(byHand, c.Id));
            }

            if (suggested.Count > 0)
            {
                add(c.CreatedAt, new SuggestionAccepted(w.Id, [new AcceptedGroup(c.Id, string.Empty, suggested)]));
            }
        }

        if (notes.FirstOrDefault(n => n.ClusterId is not null && clusters.All(c => c.Id != n.ClusterId)) is { } stray)
        {
            throw Invalid($"Note {stray.Id} names a cluster that does not exist.");
        }

        foreach (var r in w.Rounds ?? [])
        {
            RestoreRoundState(w.Id, r, unknownAt, add);
        }

        var targets = notes.Select(n => n.Id).Concat(clusters.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var v in w.Votes ?? [])
        {
            add(unknownAt, new VoteCast(w.Id, Reference(v.RoundId, rounds, "vote round"), Reference(v.VoterId, people, "voter"), Reference(v.TargetId, targets, "vote target")));
        }

        foreach (var r in w.Ratings ?? [])
        {
            if (r.Value is < Rating.Min or > Rating.Max)
            {
                throw Invalid($"A rating is {Rating.Min} to {Rating.Max}.");
            }

            add(unknownAt, new RatingGiven(w.Id, Reference(r.ParticipantId, people, "rating participant"), r.Value));
        }

        foreach (var star in w.Stars ?? [])
        {
            add(unknownAt, new StarSet(w.Id, Reference(star, targets, "star"), true));
        }

        var pistes = w.Pistes ?? [];
        RequireUnique(pistes.Select(p => p.Id), "piste");
        foreach (var p in pistes)
        {
            add(p.CreatedAt, new PistePromoted(Input.Id(p.Id, "piste id"), w.Id, OptionalReference(p.ClusterId, clusters.Select(c => c.Id), "piste cluster"),
                Input.Line(p.Title, Input.MaxTitleLength, "piste title")));
            foreach (var signUp in p.SignUps ?? [])
            {
                add(signUp.At, new SignedUp(p.Id, Reference(signUp.ParticipantId, people, "volunteer"), CheckContact(signUp.Contact)));
            }
        }
    }

    private static void RestoreNote(string workshopId, NoteRecord n, List<string> rounds, HashSet<string> people, Action<DateTimeOffset, SessionEvent> add)
    {
        var id = Input.Id(n.Id, "note id");
        var round = Reference(n.RoundId, rounds, "note round");
        var author = Reference(n.AuthorId, people, "note author");
        var history = n.History is { Count: > 0 } h ? h : [new NoteChange(n.CreatedAt, NoteChange.Added, n.Text, n.Column, n.Colour)];
        if (history[0] is not { Change: NoteChange.Added } first)
        {
            throw Invalid($"The history of note {id} does not start with its posting.");
        }

        var revealed = history.Any(c => c.Change == NoteChange.Revealed);
        add(first.At, new NoteAdded(id, workshopId, round, author, Input.Id(first.Column, "note column"), Input.NoteText(first.Text),
            NoteColours.Check(first.Colour), n.Hidden || revealed));
        var text = Input.NoteText(first.Text);
        foreach (var change in history.Skip(1))
        {
            switch (change.Change)
            {
                case NoteChange.Edited:
                    text = Input.NoteText(change.Text);
                    add(change.At, new NoteEdited(id, text));
                    break;
                case NoteChange.Moved:
                    add(change.At, new NoteMoved(id, Input.Id(change.Column, "note column")));
                    break;
                case NoteChange.Recoloured:
                    add(change.At, new NoteRecoloured(id, NoteColours.Check(change.Colour)));
                    break;
                case NoteChange.Revealed:
                    add(change.At, new NotesRevealed(workshopId, [new RevealedNote(id, text)]));
                    break;
                default:
                    throw Invalid($"Note {id} has a change of an unknown kind.");
            }
        }
    }

    private static void RestoreRoundState(string workshopId, RoundRecord r, DateTimeOffset unknownAt, Action<DateTimeOffset, SessionEvent> add)
    {
        var endsAt = r.EndsAt ?? unknownAt;
        switch (r.Status)
        {
            case "pending":
                return;
            case "running":
                add(endsAt, new RoundStarted(workshopId, r.Id, endsAt));
                return;
            case "paused":
                add(endsAt, new RoundStarted(workshopId, r.Id, endsAt));
                add(endsAt, new RoundPaused(workshopId, r.Id, TimeSpan.FromSeconds(r.RemainingSeconds ?? 0)));
                return;
            case "ended":
                // A round skipped before it started never had a deadline.
                if (r.EndsAt is not null)
                {
                    add(endsAt, new RoundStarted(workshopId, r.Id, endsAt));
                }

                add(endsAt, new RoundEnded(workshopId, r.Id, Enum.TryParse<RoundEndReason>(r.EndReason, ignoreCase: true, out var reason)
                    ? reason
                    : throw Invalid($"Round {r.Id} ended for an unknown reason.")));
                return;
            default:
                throw Invalid($"Round {r.Id} has an unknown status.");
        }
    }

    private static Workshop ToWorkshop(WorkshopRecord w)
    {
        var format = WorkshopFormats.Parse(w.Format) is { } known
            ? known
            : throw Invalid($"A workshop format is one of {WorkshopFormats.AllNames}.");
        var input = format switch
        {
            _ when format.TakesChallenge() => new WorkshopInput(Challenge: w.Challenge ?? throw Invalid("An émergence workshop, or a group's meeting, has a challenge.")),
            WorkshopFormat.Acceleration => new WorkshopInput(ProjectCard: w.ProjectCard ?? throw Invalid("An accélération workshop has a project card.")),
            _ => new WorkshopInput(ExternalProject: w.ExternalProject ?? throw Invalid("An essaimage workshop has a project sheet.")),
        };
        var rounds = w.Rounds ?? [];
        RequireUnique(rounds.Select(r => r.Id), "round");
        return new Workshop(Input.Id(w.Id, "workshop id"), format, Input.Line(w.Title, Input.MaxTitleLength, "workshop title"), input,
            [.. rounds.Select(r => new Round(Input.Id(r.Id, "round id"), Input.Line(r.Name, Input.MaxTitleLength, "round name"),
                Input.Optional(r.Instructions, Input.MaxLongTextLength, "round instructions"), CheckDuration(r.DurationSeconds),
                r.Rules ?? throw Invalid($"Round {r.Id} has no rules."), r.AutoAdvance))],
            null);
    }

    private static TimeSpan CheckDuration(int seconds)
    {
        var duration = TimeSpan.FromSeconds(seconds);
        return duration < Round.MinDuration || duration > Round.MaxDuration ? throw Invalid("A round lasts 1 second to 4 hours.") : duration;
    }

    private static ContactDetails? CheckContact(ContactDetails? contact) => contact is null
        ? null
        : new ContactDetails(Field(contact.Name), Field(contact.Email), Field(contact.Phone));

    private static string? Field(string? value) => value is null ? null : Input.Optional(value, ContactDetails.MaxFieldLength, "contact", allowNewLines: false);

    private static string Reference(string? id, IEnumerable<string> known, string what) =>
        id is not null && known.Contains(id, StringComparer.Ordinal) ? id : throw Invalid($"The {what} names something the record does not have.");

    private static string? OptionalReference(string? id, IEnumerable<string> known, string what) =>
        id is null ? null : Reference(id, known, what);

    private static void RequireUnique(IEnumerable<string?> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(Input.Id(id, $"{what} id")))
            {
                throw Invalid($"Two {what}s share the id {id}.");
            }
        }
    }

    private static WorkshopException Invalid(string message) => new(ErrorCodes.InvalidArgument, message);
}
