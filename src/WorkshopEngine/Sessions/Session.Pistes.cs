using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Events;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Sessions;

public sealed partial class Session
{
    /// <summary>Promotes a cluster (or a free title) to a piste d'activité.</summary>
    public Decision PromoteToPiste(Actor actor, string pisteId, string workshopId, string? clusterId, string? title)
    {
        var w = RequireClusterStaff(actor, workshopId);
        Input.Id(pisteId, "pisteId");
        if (_pistes.ContainsKey(pisteId))
        {
            throw new WorkshopException(ErrorCodes.AlreadyExists, "A piste with this id exists.");
        }

        string? fallback = null;
        if (clusterId is not null)
        {
            var c = _clusters.GetValueOrDefault(clusterId) ?? throw NotFound("cluster");
            if (c.WorkshopId != w.Id)
            {
                throw new WorkshopException(ErrorCodes.WrongWorkshop, "The cluster belongs to another workshop.");
            }

            fallback = c.Title;
        }

        var name = string.IsNullOrWhiteSpace(title) ? fallback : title;
        return Decision.Of(new PistePromoted(pisteId, w.Id, clusterId, Input.Line(name, Input.MaxTitleLength, "title")));
    }

    /// <summary>
    /// "Je m'y engage": signs a participant up for a piste. Contact details are kept only when
    /// <paramref name="consent"/> is ticked; without it they are dropped, never stored.
    /// </summary>
    public Decision SignUp(Actor actor, string pisteId, ContactDetails? contact, bool consent)
    {
        var p = RequireParticipant(actor);
        RequireOpen();
        var piste = _pistes.GetValueOrDefault(pisteId ?? string.Empty) ?? throw NotFound("piste");
        var kept = consent ? Contacts.Check(contact) : null;
        var current = _signUps.FirstOrDefault(s => s.PisteId == piste.Id && s.ParticipantId == p.Id);
        return current is not null && current.Contact == kept
            ? Decision.None
            : Decision.Of(new SignedUp(piste.Id, p.Id, kept));
    }

    /// <summary>
    /// Records that a working group was born from a piste (the animator, once the group is stored). A piste has one
    /// group; asking again for the same group changes nothing.
    /// </summary>
    public Decision RecordGroup(Actor actor, string pisteId, string groupId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Role.Animator)
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the animator starts a working group.");
        }

        var piste = _pistes.GetValueOrDefault(pisteId ?? string.Empty) ?? throw NotFound("piste");
        return piste.GroupId switch
        {
            null => Decision.Of(new PisteGroupStarted(piste.Id, Input.Id(groupId, "groupId"))),
            var held when held == groupId => Decision.None,
            _ => throw new WorkshopException(ErrorCodes.AlreadyExists, "A working group was already born from this piste."),
        };
    }

    /// <summary>Withdraws a participant's sign-up.</summary>
    public Decision WithdrawSignUp(Actor actor, string pisteId)
    {
        var p = RequireParticipant(actor);
        RequireOpen();
        return _signUps.Any(s => s.PisteId == pisteId && s.ParticipantId == p.Id)
            ? Decision.Of(new SignUpWithdrawn(pisteId, p.Id))
            : Decision.None;
    }
}
