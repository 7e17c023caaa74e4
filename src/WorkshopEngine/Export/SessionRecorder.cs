using System.Globalization;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Notes;
using StartupTerritoire.WorkshopEngine.Rounds;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// Makes the record of a soirée from its event log: the state is the fold of the events, the notes' history is read
/// from them. The order of everything is fixed (run-of-show, posting order, creation order), so the same log always
/// gives the same record.
/// </summary>
public static class SessionRecorder
{
    /// <summary>The record of a soirée's events as <paramref name="scope"/> may see it.</summary>
    public static SessionExport Record(IReadOnlyList<StoredEvent> events, RecordScope scope, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(scope);
        var session = Session.FromEvents(events);
        if (session.Version == 0)
        {
            throw new WorkshopException(ErrorCodes.NotFound, "No such soirée.");
        }

        var table = scope.TableId is { } tableId
            ? session.FindTable(tableId) ?? throw new WorkshopException(ErrorCodes.NotFound, "No such table.")
            : null;
        var history = NoteHistory(events);
        var workshops = session.Workshops
            .Where(w => table is null || w.Id == table.WorkshopId)
            .Select(w => RecordWorkshop(session, w, history, withContacts: scope.TableId is null))
            .ToList();

        var closedAt = events.LastOrDefault(e => e.Event is SessionClosed)?.At;
        var participants = session.Participants
            .Where(p => table is null || p.TableId == table.Id || workshops.Any(w => Mentions(w, p.Id)))
            .OrderBy(p => p.JoinedAt).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new ParticipantRecord(p.Id, session.Anonymous ? null : p.Nickname, p.TableId, p.JoinedAt))
            .ToList();

        return new SessionExport
        {
            ExportedAt = exportedAt,
            Scope = scope,
            Session = new SessionRecord(session.Id, session.Title, session.Language, session.Anonymous,
                Lower(session.State), session.JoiningLocked, session.JoinCode, session.CreatedAt,
                session.State == SessionState.Closed ? closedAt : null, session.CurrentWorkshopId, session.BoardWorkshopId),
            Tables = [.. session.Tables.Where(t => table is null || t.Id == table.Id).Select(t => new TableRecord(t.Id, t.Name, t.WorkshopId))],
            Participants = participants,
            Workshops = workshops,
        };
    }

    private static WorkshopRecord RecordWorkshop(Session session, Workshop w, Dictionary<string, List<NoteChange>> history, bool withContacts)
    {
        var notes = session.Notes
            .Where(n => n.WorkshopId == w.Id)
            .OrderBy(n => n.Seq).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => new NoteRecord(n.Id, n.RoundId, n.AuthorId, n.Column, ColumnLabel(w, n), n.Text, n.Colour, n.Hidden,
                n.ClusterId, n.PlacedByHand, n.CreatedAt, n.UpdatedAt, history.GetValueOrDefault(n.Id) ?? []))
            .ToList();
        var signUps = session.SignUps.ToLookup(s => s.PisteId);
        return new WorkshopRecord
        {
            Id = w.Id,
            Format = WorkshopFormats.NameOf(w.Format),
            Title = w.Title,
            Challenge = w.Input.Challenge,
            ProjectCard = w.Input.ProjectCard,
            ExternalProject = w.Input.ExternalProject,
            HolderId = w.HolderId,
            Rounds = [.. w.Rounds.Select(RecordRound)],
            Notes = notes,
            Clusters = [.. session.Clusters
                .Where(c => c.WorkshopId == w.Id)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Select(c => new ClusterRecord(c.Id, c.Title, c.CreatedAt))],
            Votes = [.. session.Votes.Where(v => v.WorkshopId == w.Id).Select(v => new VoteRecord(v.RoundId, v.VoterId, v.TargetId))],
            Ratings = [.. session.Ratings.Where(r => r.WorkshopId == w.Id).Select(r => new RatingRecord(r.ParticipantId, r.Value))],
            Stars = [.. session.Stars.Where(s => s.WorkshopId == w.Id).Select(s => s.TargetId)],
            Pistes = [.. session.Pistes
                .Where(p => p.WorkshopId == w.Id)
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id, StringComparer.Ordinal)
                .Select(p => new PisteRecord(p.Id, p.ClusterId, p.Title, p.CreatedAt,
                    [.. signUps[p.Id].Select(s => new SignUpRecord(s.ParticipantId, s.At, withContacts ? s.Contact : null))]))],
        };
    }

    private static RoundRecord RecordRound(Round r) => new(
        r.Id, r.Name, r.Instructions, Seconds(r.Duration), r.Rules, r.AutoAdvance, Lower(r.Status), r.EndsAt,
        r.Remaining is { } left ? Seconds(left) : null, r.EndReason is { } reason ? Lower(reason) : null);

    /// <summary>Every change of every note, in log order; changes of deleted notes are dropped later with them.</summary>
    private static Dictionary<string, List<NoteChange>> NoteHistory(IEnumerable<StoredEvent> events)
    {
        var history = new Dictionary<string, List<NoteChange>>(StringComparer.Ordinal);
        void Add(string noteId, NoteChange change)
        {
            if (!history.TryGetValue(noteId, out var list))
            {
                history[noteId] = list = [];
            }

            list.Add(change);
        }

        foreach (var stored in events)
        {
            switch (stored.Event)
            {
                case NoteAdded e:
                    history.Remove(e.NoteId);
                    Add(e.NoteId, new NoteChange(stored.At, NoteChange.Added, e.Text ?? string.Empty, e.Column, e.Colour));
                    break;
                case NoteEdited e:
                    Add(e.NoteId, new NoteChange(stored.At, NoteChange.Edited, Text: e.Text ?? string.Empty));
                    break;
                case NoteMoved e:
                    Add(e.NoteId, new NoteChange(stored.At, NoteChange.Moved, Column: e.Column));
                    break;
                case NoteRecoloured e:
                    Add(e.NoteId, new NoteChange(stored.At, NoteChange.Recoloured, Colour: e.Colour));
                    break;
                case NotesRevealed e:
                    foreach (var revealed in e.Notes)
                    {
                        Add(revealed.NoteId, new NoteChange(stored.At, NoteChange.Revealed));
                    }

                    break;
                case NoteDeleted e:
                    history.Remove(e.NoteId);
                    break;
            }
        }

        return history;
    }

    private static string ColumnLabel(Workshop w, Note n) =>
        (w.FindRound(n.RoundId)?.Rules.Columns ?? [])
            .Concat(w.Rounds.SelectMany(r => r.Rules.Columns))
            .FirstOrDefault(c => c.Key == n.Column)?.Label ?? n.Column;

    private static bool Mentions(WorkshopRecord w, string participantId) =>
        w.HolderId == participantId
        || w.Notes.Any(n => n.AuthorId == participantId)
        || w.Votes.Any(v => v.VoterId == participantId)
        || w.Ratings.Any(r => r.ParticipantId == participantId)
        || w.Pistes.Any(p => p.SignUps.Any(s => s.ParticipantId == participantId));

    private static int Seconds(TimeSpan span) => (int)Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLower(CultureInfo.InvariantCulture);
}
