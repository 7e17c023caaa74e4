using StartupTerritoire.Server.Access;
using StartupTerritoire.Server.Sessions;
using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Groups;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Storage;

namespace StartupTerritoire.Server.Groups;

/// <summary>
/// Creates a working group: its log (creation, then an invitation per volunteer of the piste) in one append, its
/// join code, the two seats' links and the invitations' links. A group born from a piste is then recorded on the
/// evening, so the piste names its group and a second click cannot make a second one. An imported dossier makes a
/// group the same way, with fresh seats.
/// </summary>
internal sealed class GroupCreator(GroupRegistry groups, SessionRegistry sessions, ISessionStore store, GroupLinks links)
{
    public async Task<CreatedGroup> CreateAsync(
        HttpRequest http, string name, string? promise, string? language, GroupOrigin? origin, IReadOnlyList<Volunteer> invitations, Actor? animator,
        CancellationToken cancellationToken)
    {
        var (groupId, seat1, seat2) = (GroupIds.NewId(), TokenHasher.NewId(), TokenHasher.NewId());

        // Decided once on a code of the right shape, so bad input is refused before a code is reserved.
        Decide(groupId, name, promise, language, JoinCode.FromRandom(new byte[JoinCode.Length]), origin, seat1, seat2, invitations);
        var code = await JoinCodeReservation.ReserveAsync(store, groupId, cancellationToken);
        var (decision, invited) = Decide(groupId, name, promise, language, code, origin, seat1, seat2, invitations);
        var version = await groups.CreateAsync(groupId, decision, cancellationToken);

        if (origin is not null && animator is not null)
        {
            try
            {
                await sessions.ExecuteAsync(origin.SessionId, (s, _) => s.RecordGroup(animator, origin.PisteId, groupId), $"group:{groupId}", cancellationToken);
            }
            catch (WorkshopException ex) when (ex.Code == ErrorCodes.AlreadyExists)
            {
                // Another click made the piste's group first: this one goes, and the caller is told.
                await StoreFaults.Guard(() => store.DeleteSessionAsync(groupId, CancellationToken.None));
                groups.Forget(groupId);
                throw;
            }
        }

        var created = decision.Events.OfType<WorkshopEngine.Groups.Events.GroupCreated>().Single();
        return await LinksAsync(http, groupId, created.Name, code, seat1, seat2, invited, version, cancellationToken);
    }

    /// <summary>A new group from a dossier: its canvas, versions, road to launch, actions, meetings and origin; no people.</summary>
    public async Task<CreatedGroup> ImportAsync(HttpRequest http, GroupDossier dossier, CancellationToken cancellationToken)
    {
        var (groupId, seat1, seat2) = (GroupIds.NewId(), TokenHasher.NewId(), TokenHasher.NewId());

        // Restored once on a code of the right shape, so a refused dossier is refused before a code is reserved.
        GroupDossierRestorer.Restore(dossier, groupId, JoinCode.FromRandom(new byte[JoinCode.Length]), seat1, seat2);
        var code = await JoinCodeReservation.ReserveAsync(store, groupId, cancellationToken);
        var events = GroupDossierRestorer.Restore(dossier, groupId, code, seat1, seat2);
        var version = await groups.CreateAsync(groupId, events, cancellationToken);
        var name = events.Select(e => e.Event).OfType<WorkshopEngine.Groups.Events.GroupCreated>().Single().Name;
        return await LinksAsync(http, groupId, name, code, seat1, seat2, [], version, cancellationToken);
    }

    /// <summary>The groups born from an evening's pistes.</summary>
    public Task<IReadOnlyList<string>> GroupsOfAsync(string sessionId, CancellationToken cancellationToken) =>
        sessions.ReadAsync<IReadOnlyList<string>>(sessionId, s => [.. s.Pistes.Select(p => p.GroupId).OfType<string>()], cancellationToken);

    // The new group's secret links, made once it is stored: the two seats and the volunteers' invitations.
    private async Task<CreatedGroup> LinksAsync(
        HttpRequest http, string groupId, string name, string code, string seat1, string seat2, IReadOnlyList<Invitation> invited, long version,
        CancellationToken cancellationToken)
    {
        var seatLinks = new[]
        {
            await links.SeatAsync(http, groupId, 1, seat1, cancellationToken),
            await links.SeatAsync(http, groupId, 2, seat2, cancellationToken),
        };
        var invitationLinks = new List<GroupLink>();
        foreach (var invitation in invited)
        {
            invitationLinks.Add(await links.InvitationAsync(http, groupId, invitation.Id, invitation.Nickname, cancellationToken));
        }

        return new CreatedGroup(groupId, name, code, links.Join(http, code), seatLinks, invitationLinks, version);
    }

    private static (Decision Decision, IReadOnlyList<Invitation> Invited) Decide(
        string groupId, string name, string? promise, string? language, string code, GroupOrigin? origin, string seat1, string seat2, IReadOnlyList<Volunteer> volunteers)
    {
        var events = new List<StoredEvent>();
        void Fold(WorkingGroup? group, Decision decision)
        {
            foreach (var e in decision.Events)
            {
                var stored = new StoredEvent(events.Count + 1, DateTimeOffset.UnixEpoch, e);
                events.Add(stored);
                group?.Apply(stored);
            }
        }

        Fold(null, WorkingGroup.Create(groupId, name, promise, language, code, origin, seat1, seat2));
        var scratch = WorkingGroup.FromEvents(events);
        var seat = new Actor(Role.CoAnimator, seat1);
        foreach (var volunteer in volunteers)
        {
            Fold(scratch, scratch.Invite(seat, TokenHasher.NewId(), volunteer.Nickname, volunteer.Contact));
        }

        return (new Decision([.. events.Select(e => e.Event)]), [.. scratch.Invitations]);
    }
}
