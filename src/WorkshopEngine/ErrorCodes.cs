namespace StartupTerritoire.WorkshopEngine;

/// <summary>The stable error codes of refused commands. Clients switch on these; never rename one.</summary>
public static class ErrorCodes
{
    /// <summary>The caller's role or scope does not allow the command.</summary>
    public const string Forbidden = "auth.forbidden";
    /// <summary>An argument is missing, too long or malformed.</summary>
    public const string InvalidArgument = "input.invalid";
    /// <summary>The named workshop, round, note, cluster, table, piste or participant does not exist.</summary>
    public const string NotFound = "input.not_found";
    /// <summary>An id that must be new is already taken by something else.</summary>
    public const string AlreadyExists = "input.already_exists";
    /// <summary>The soirée is not in a state that allows the command (draft, closed).</summary>
    public const string SessionState = "session.state";
    /// <summary>Joining is locked by the animator.</summary>
    public const string JoiningLocked = "session.joining_locked";
    /// <summary>The round is not in a state that allows the command.</summary>
    public const string RoundState = "round.state";
    /// <summary>No round of the workshop is running that accepts this kind of write, or the round that took it has ended.</summary>
    public const string RoundClosed = "round.closed";
    /// <summary>The write arrived after its round's deadline (and its grace), before or after the clock ended the round.</summary>
    public const string RoundDeadlinePassed = "round.deadline_passed";
    /// <summary>The round's rules do not allow this column or kind.</summary>
    public const string ColumnNotAllowed = "note.column_not_allowed";
    /// <summary>A note's text is empty once trimmed.</summary>
    public const string NoteEmpty = "note.empty";
    /// <summary>A note's text is longer than <see cref="Notes.Note.MaxLength"/>.</summary>
    public const string NoteTooLong = "note.too_long";
    /// <summary>The voter has no dot left in this round.</summary>
    public const string VoteBudgetExhausted = "vote.budget_exhausted";
    /// <summary>The voter already put the most dots allowed on this target.</summary>
    public const string VoteCapReached = "vote.cap_reached";
    /// <summary>The voter has no dot on this target to withdraw.</summary>
    public const string VoteNone = "vote.none";
    /// <summary>The write would refer to things of another workshop.</summary>
    public const string WrongWorkshop = "input.wrong_workshop";
    /// <summary>A workshop that already holds notes cannot be removed.</summary>
    public const string WorkshopNotEmpty = "workshop.not_empty";
}
