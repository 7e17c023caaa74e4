using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    /// <summary>
    /// An event as a viewer may see it, judged on the current state: a hidden note's text only for its author and
    /// its workshop's staff; contact details only for the animator; nicknames and authors of others left out when
    /// the soirée is anonymous (staff still see them).
    /// </summary>
    public StreamEvent ViewOf(StreamEvent e, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(viewer);
        return e switch
        {
            NoteAdded n => n with
            {
                Text = CanReadNote(viewer, n.NoteId, n.WorkshopId, n.AuthorId) ? n.Text : null,
                AuthorId = ShowsPerson(viewer, n.WorkshopId, n.AuthorId) ? n.AuthorId : string.Empty,
            },
            NoteEdited n when FindNote(n.NoteId) is { } note => CanReadNote(viewer, note.Id, note.WorkshopId, note.AuthorId) ? n : n with { Text = null },
            NoteEdited n => viewer.Role == Role.Animator ? n : n with { Text = null },
            SignedUp s when viewer.Role != Role.Animator => s with { Contact = null },
            ParticipantJoined p when !ShowsPerson(viewer, null, p.ParticipantId) => p with { Nickname = string.Empty },
            ParticipantRenamed p when !ShowsPerson(viewer, null, p.ParticipantId) => p with { Nickname = string.Empty },
            _ => e,
        };
    }

    /// <summary>
    /// The whole state as a viewer may see it (same rules as <see cref="ViewOf"/>). Only the staff get the list of
    /// participants: a phone gets itself alone and a board nobody, both with the count. A hall's phones each ask for
    /// a snapshot as they arrive, and one listing the whole hall would make the room's cost grow with its square.
    /// </summary>
    public SessionSnapshot ViewFor(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var full = ToSnapshot();
        if (viewer.Role == Role.Animator)
        {
            return full;
        }

        return full with
        {
            Notes = [.. full.Notes.Select(n => n with
            {
                Text = CanReadNote(viewer, n.Id, n.WorkshopId, n.AuthorId) ? n.Text : string.Empty,
                AuthorId = ShowsPerson(viewer, n.WorkshopId, n.AuthorId) ? n.AuthorId : string.Empty,
            })],
            // A co-animator sees every nickname, also in an anonymous soirée; a participant always sees their own.
            Participants = viewer.Role == Role.CoAnimator ? full.Participants
                : viewer.Id is not null && FindParticipant(viewer.Id) is { } self ? [self] : [],
            SignUps = [.. full.SignUps.Select(s => s with { Contact = null })],

            // Only the server needs these (to recognise late retries); nobody else should learn who wrote a removed note.
            DeletedNotes = [],
        };
    }

    private bool CanReadNote(Viewer viewer, string noteId, string workshopId, string authorId) =>
        viewer.Role == Role.Animator
        || (viewer.Id is not null && viewer.Id == authorId)
        || IsHostOf(viewer, workshopId)
        || FindNote(noteId) is { Hidden: false };

    private bool ShowsPerson(Viewer viewer, string? workshopId, string personId) =>
        !Anonymous
        || viewer.Role == Role.Animator
        || (viewer.Id is not null && viewer.Id == personId)
        || (viewer.Role == Role.CoAnimator && (workshopId is null || IsHostOf(viewer, workshopId)));

    private bool IsHostOf(Viewer viewer, string workshopId) =>
        viewer.Role == Role.CoAnimator && viewer.TableId is { } t && FindTable(t)?.WorkshopId == workshopId;
}
