using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Notes;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    /// <summary>
    /// Posts a note with a client-made id. Posting the same id again (a retry after a lost answer) changes nothing
    /// and names the sequence number at which it was first stored.
    /// </summary>
    public Decision AddNote(Actor actor, DateTimeOffset now, string noteId, string workshopId, string column, string text, string? colour)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Input.Id(noteId, "noteId");
        if (FindNote(noteId) is { } existing)
        {
            return existing.AuthorId == actor.Id && existing.WorkshopId == workshopId
                ? Decision.Already(existing.Seq)
                : throw new WorkshopException(ErrorCodes.AlreadyExists, "A note with this id exists.");
        }

        if (_deletedNotes.TryGetValue(noteId, out var deleted))
        {
            return deleted.AuthorId == actor.Id && deleted.WorkshopId == workshopId
                ? Decision.Already(deleted.Seq)
                : throw new WorkshopException(ErrorCodes.AlreadyExists, "A note with this id existed.");
        }

        var w = RequireWorkshop(workshopId);
        var staff = RequireNoteWriter(actor, w);
        var round = RequireWritableRound(w, staff, now, rules => rules.Columns.Count > 0, "notes");
        if (!round.Rules.AllowsColumn(column ?? string.Empty))
        {
            throw new WorkshopException(ErrorCodes.ColumnNotAllowed, "This round does not take notes in that column.");
        }

        return Decision.Of(new NoteAdded(noteId, w.Id, round.Id, actor.Id, column!, Input.NoteText(text),
            NoteColours.Check(colour), round.Rules.PrivateUntilReveal));
    }

    /// <summary>Changes a note's text: its author while its round runs, or staff.</summary>
    public Decision EditNote(Actor actor, DateTimeOffset now, string noteId, string text)
    {
        var note = RequireEditableNote(actor, now, noteId);
        var clean = Input.NoteText(text);
        return clean == note.Text ? Decision.None : Decision.Of(new NoteEdited(note.Id, clean));
    }

    /// <summary>Deletes a note: its author while its round runs, or staff.</summary>
    public Decision DeleteNote(Actor actor, DateTimeOffset now, string noteId)
    {
        var note = RequireEditableNote(actor, now, noteId);
        return Decision.Of(new NoteDeleted(note.Id));
    }

    /// <summary>Moves a note to another column of its round.</summary>
    public Decision MoveNote(Actor actor, DateTimeOffset now, string noteId, string column)
    {
        var note = RequireEditableNote(actor, now, noteId);
        var round = FindWorkshop(note.WorkshopId)!.FindRound(note.RoundId);
        if (round is null || !round.Rules.AllowsColumn(column ?? string.Empty))
        {
            throw new WorkshopException(ErrorCodes.ColumnNotAllowed, "The note's round has no such column.");
        }

        return column == note.Column ? Decision.None : Decision.Of(new NoteMoved(note.Id, column!));
    }

    /// <summary>Gives a note another colour.</summary>
    public Decision RecolourNote(Actor actor, DateTimeOffset now, string noteId, string colour)
    {
        var note = RequireEditableNote(actor, now, noteId);
        var checkedColour = NoteColours.Check(colour);
        return checkedColour == note.Colour ? Decision.None : Decision.Of(new NoteRecoloured(note.Id, checkedColour));
    }

    /// <summary>Reveals hidden notes of a workshop: the given ones, or all when none are given.</summary>
    public Decision RevealNotes(Actor actor, string workshopId, IReadOnlyList<string>? noteIds)
    {
        var w = RequireWorkshop(workshopId);
        RequireStaff(actor, w);
        RequireNotClosed();
        var hidden = _notes.Values.Where(n => n.WorkshopId == w.Id && n.Hidden).OrderBy(n => n.Seq).Select(n => n.Id).ToList();
        if (noteIds is { Count: > 0 })
        {
            foreach (var id in noteIds)
            {
                if (FindNote(id) is not { } n || n.WorkshopId != w.Id)
                {
                    throw NotFound("note");
                }
            }

            hidden = [.. hidden.Where(noteIds.Contains)];
        }

        return hidden.Count == 0 ? Decision.None : Decision.Of(Reveal(w, hidden));
    }

    private NotesRevealed Reveal(Workshop w, IEnumerable<string> noteIds) =>
        new(w.Id, [.. noteIds.Select(id => new RevealedNote(id, _notes[id].Text))]);

    /// <summary>Staff write anywhere in their workshop; a participant only where seated.</summary>
    private bool RequireNoteWriter(Actor actor, Workshop w)
    {
        if (IsStaffFor(actor, w.Id))
        {
            RequireNotClosed();
            return true;
        }

        var participant = RequireParticipant(actor);
        RequireOpen();
        RequireSeatedFor(participant, w);
        return false;
    }

    private Note RequireEditableNote(Actor actor, DateTimeOffset now, string noteId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var note = FindNote(noteId ?? string.Empty) ?? throw NotFound("note");
        var w = FindWorkshop(note.WorkshopId)!;
        if (IsStaffFor(actor, w.Id))
        {
            RequireNotClosed();
            return note;
        }

        if (actor.Role != Role.Participant || note.AuthorId != actor.Id)
        {
            throw Forbidden("Only the note's author or the animator may change it.");
        }

        RequireOpen();

        // Judged on the note's own round: once it has ended, a later round that takes notes too does not reopen it.
        RequireTakingWrites(RequireRound(w, note.RoundId), now, "The note's round");
        return note;
    }
}
