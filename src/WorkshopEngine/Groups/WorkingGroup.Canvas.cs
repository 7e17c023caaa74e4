using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Groups.Events;

namespace StartupTerritoire.WorkshopEngine.Groups;

public sealed partial class WorkingGroup
{
    /// <summary>The longest canvas entry (a note's length: entries are often kept from a meeting's notes).</summary>
    public const int MaxCanvasTextLength = Notes.Note.MaxLength;

    /// <summary>The most entries a canvas holds, so a page and the printed page stay readable.</summary>
    public const int MaxCanvasItems = 400;

    /// <summary>
    /// Writes an entry into a block: any member, at any time. <paramref name="source"/> (a meeting's note or
    /// regroupement, "meetingId/noteId") is for the co-animators keeping what a meeting produced.
    /// </summary>
    public Decision AddCanvasItem(Actor actor, string itemId, string block, string text, string? source = null)
    {
        RequireSeatOrMember(actor);
        RequireOpen();
        Input.Id(itemId, "itemId");
        var kept = CheckBlockAndText(block, text);
        if (_canvas.TryGetValue(itemId, out var existing))
        {
            // A retried write with the same id is the same entry, not a second one.
            return existing.Block == block && existing.Text == kept
                ? Decision.None
                : throw new WorkshopException(ErrorCodes.AlreadyExists, "An entry with this id exists.");
        }

        if (source is not null && !IsSeat(actor))
        {
            throw new WorkshopException(ErrorCodes.Forbidden, "Only the co-animators keep entries from a meeting.");
        }

        if (_canvas.Count >= MaxCanvasItems)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"A canvas holds at most {MaxCanvasItems} entries.");
        }

        return Decision.Of(new CanvasItemAdded(itemId, block, kept, actor.Id,
            source is null ? null : Input.Line(source, Input.MaxIdLength * 2 + 1, "source")));
    }

    /// <summary>Rewrites an entry or moves it to another block: its author or a co-animator.</summary>
    public Decision EditCanvasItem(Actor actor, string itemId, string block, string text)
    {
        var item = RequireEditable(actor, itemId);
        var kept = CheckBlockAndText(block, text);
        return item.Block == block && item.Text == kept ? Decision.None : Decision.Of(new CanvasItemEdited(item.Id, block, kept, actor.Id));
    }

    /// <summary>Takes an entry out: its author or a co-animator.</summary>
    public Decision RemoveCanvasItem(Actor actor, string itemId)
    {
        var item = RequireEditable(actor, itemId);
        return Decision.Of(new CanvasItemRemoved(item.Id, actor.Id));
    }

    /// <summary>The co-animators set the canvas as it stands as its next version.</summary>
    public Decision SaveCanvasVersion(Actor actor, string? label)
    {
        RequireSeat(actor);
        RequireOpen();
        var number = _versions.Count + 1;
        var text = Input.Optional(label, Input.MaxTitleLength, "label", allowNewLines: false);
        return Decision.Of(new CanvasVersionSaved(number, text.Length == 0 ? $"Version {number}" : text));
    }

    private CanvasItem RequireEditable(Actor actor, string itemId)
    {
        RequireSeatOrMember(actor);
        RequireOpen();
        var item = _canvas.GetValueOrDefault(itemId ?? string.Empty) ?? throw NotFound("canvas entry");
        return item.AuthorId == actor.Id || IsSeat(actor)
            ? item
            : throw new WorkshopException(ErrorCodes.Forbidden, "Only its author or a co-animator may change this entry.");
    }

    private static string CheckBlockAndText(string block, string text) =>
        CanvasBlocks.Contains(block)
            ? Input.NoteText(text)
            : throw new WorkshopException(ErrorCodes.InvalidArgument, "The canvas has no such block.");
}
