using StartupTerritoire.WorkshopEngine.Clustering;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Notes;
using StartupTerritoire.WorkshopEngine.Pistes;
using StartupTerritoire.WorkshopEngine.Votes;

namespace StartupTerritoire.WorkshopEngine.Sessions;

/// <summary>
/// The whole state of a soirée at <see cref="Version"/> (the sequence number of the last event folded in), as plain
/// data. A snapshot plus the events after it rebuild exactly the same state.
/// </summary>
public sealed record SessionSnapshot
{
    /// <summary>The session id.</summary>
    public required string Id { get; init; }
    /// <summary>The sequence number of the last event folded in.</summary>
    public required long Version { get; init; }
    /// <summary>The title.</summary>
    public required string Title { get; init; }
    /// <summary>"fr" or "en".</summary>
    public required string Language { get; init; }
    /// <summary>The canonical join code (no dash).</summary>
    public required string JoinCode { get; init; }
    /// <summary>Draft, open or closed.</summary>
    public required SessionState State { get; init; }
    /// <summary>Whether nicknames are hidden on the board and in exports.</summary>
    public required bool Anonymous { get; init; }
    /// <summary>Whether joining is locked.</summary>
    public required bool JoiningLocked { get; init; }
    /// <summary>The animator's principal id.</summary>
    public required string AnimatorId { get; init; }
    /// <summary>When the session was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The run-of-show, in order.</summary>
    public required IReadOnlyList<Workshop> Workshops { get; init; }
    /// <summary>The run-of-show's current workshop (null: accueil or clôture).</summary>
    public string? CurrentWorkshopId { get; init; }
    /// <summary>The workshop the board follows (null: the current one).</summary>
    public string? BoardWorkshopId { get; init; }
    /// <summary>The tables.</summary>
    public required IReadOnlyList<Table> Tables { get; init; }
    /// <summary>
    /// The participants, by join order: every one in the whole state and in the staff's views, only the viewer
    /// themself in a participant's view and none in the board's (see <see cref="ParticipantCount"/>).
    /// </summary>
    public required IReadOnlyList<Participant> Participants { get; init; }
    /// <summary>How many participants joined, whoever the view is for.</summary>
    public int ParticipantCount { get; init; }
    /// <summary>The notes, by creation order.</summary>
    public required IReadOnlyList<Note> Notes { get; init; }
    /// <summary>The ids of deleted notes, so that retries of them are recognised.</summary>
    public IReadOnlyList<DeletedNote> DeletedNotes { get; init; } = [];
    /// <summary>The clusters, by creation order.</summary>
    public required IReadOnlyList<Cluster> Clusters { get; init; }
    /// <summary>Every dot, in the order cast.</summary>
    public required IReadOnlyList<DotVote> Votes { get; init; }
    /// <summary>The ratings.</summary>
    public required IReadOnlyList<Rating> Ratings { get; init; }
    /// <summary>The holders' stars.</summary>
    public required IReadOnlyList<Star> Stars { get; init; }
    /// <summary>The pistes d'activité.</summary>
    public required IReadOnlyList<Piste> Pistes { get; init; }
    /// <summary>The sign-ups.</summary>
    public required IReadOnlyList<SignUp> SignUps { get; init; }
}
