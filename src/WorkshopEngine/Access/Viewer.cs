namespace StartupTerritoire.WorkshopEngine.Access;

/// <summary>
/// Whom an event or a snapshot is shown to. The animator sees everything; a co-animator sees hidden notes of their
/// table's workshop; everyone else sees the public view, plus their own notes when <see cref="Id"/> names them.
/// </summary>
public sealed record Viewer(Role Role, string? Id = null, string? TableId = null)
{
    /// <summary>The animator's view.</summary>
    public static Viewer Animator { get; } = new(Role.Animator);

    /// <summary>The public view: boards and participants as a group.</summary>
    public static Viewer Public { get; } = new(Role.Board);

    /// <summary>A co-animator's view of their table.</summary>
    public static Viewer Host(string tableId) => new(Role.CoAnimator, null, tableId);

    /// <summary>The view matching a caller.</summary>
    public static Viewer Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            Role.Animator or Role.System => Animator,
            Role.CoAnimator => new Viewer(Role.CoAnimator, actor.Id, actor.TableId),
            Role.Participant => new Viewer(Role.Participant, actor.Id, actor.TableId),
            _ => new Viewer(Role.Board, actor.Id, actor.TableId),
        };
    }
}
