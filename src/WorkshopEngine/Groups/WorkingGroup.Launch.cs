using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Groups.Events;
using StartupTerritoire.WorkshopEngine.Portfolio;

namespace StartupTerritoire.WorkshopEngine.Groups;

public sealed partial class WorkingGroup
{
    /// <summary>The most needs and offers a project states, so a portfolio stays readable and light.</summary>
    public const int MaxExchanges = 40;

    /// <summary>The longest need or offer.</summary>
    public const int MaxExchangeLength = 500;

    /// <summary>The longest stop reason.</summary>
    public const int MaxStopReasonLength = 500;

    /// <summary>
    /// Changes the project card (the co-animators): name, promise, stage and theme, whole. A stopped project says why;
    /// any other stage keeps no stop reason.
    /// </summary>
    public Decision ChangeCard(Actor actor, string name, string? promise, GroupStage stage, string? theme = null, string? stopReason = null)
    {
        RequireSeat(actor);
        RequireOpen();
        if (!Enum.IsDefined(stage))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "Unknown stage.");
        }

        var (n, p) = (Input.Line(name, Input.MaxTitleLength, "name"), Input.Optional(promise, MaxPromiseLength, "promise", allowNewLines: false));
        var t = Themes.Normalize(theme);
        var why = stage == GroupStage.Stopped ? Input.Line(stopReason, MaxStopReasonLength, "stopReason") : null;
        return n == Name && p == Promise && stage == Stage && t == Theme && why == StopReason
            ? Decision.None
            : Decision.Of(new GroupCardChanged(n, p, stage, t, why));
    }

    /// <summary>States or changes a need or an offer (the co-animators).</summary>
    public Decision SetExchange(Actor actor, string exchangeId, ExchangeKind kind, string? category, string? text)
    {
        RequireSeat(actor);
        RequireOpen();
        Input.Id(exchangeId, "exchangeId");
        if (!Enum.IsDefined(kind))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The kind is 'need' or 'offer'.");
        }

        if (!ExchangeCategories.Contains(category))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument,
                $"The category is one of {string.Join(", ", ExchangeCategories.All.Select(c => c.Key))}.");
        }

        var line = Input.Line(text, MaxExchangeLength, "text");
        var current = _exchanges.GetValueOrDefault(exchangeId);
        if (current is null && _exchanges.Count >= MaxExchanges)
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, $"A project states at most {MaxExchanges} needs and offers.");
        }

        return current is not null && current.Kind == kind && current.Category == category && current.Text == line
            ? Decision.None
            : Decision.Of(new ExchangeSet(exchangeId, kind, category!, line));
    }

    /// <summary>Takes a need or an offer off (the co-animators).</summary>
    public Decision RemoveExchange(Actor actor, string exchangeId)
    {
        RequireSeat(actor);
        RequireOpen();
        return _exchanges.ContainsKey(exchangeId ?? string.Empty)
            ? Decision.Of(new ExchangeRemoved(exchangeId!))
            : throw NotFound("need or offer");
    }

    /// <summary>
    /// Chooses what the group publishes (the co-animators). A closed group may still withdraw its publication, never
    /// widen it: what it published stays its choice.
    /// </summary>
    public Decision SetPublication(Actor actor, bool published, string? publicText, bool showNeeds, bool showMilestones)
    {
        RequireSeat(actor);
        if (published)
        {
            RequireOpen();
        }

        var next = new Publication(published, Input.NullIfEmpty(Input.Optional(publicText, Publication.MaxPublicTextLength, "publicText")), showNeeds, showMilestones);
        return next == Publication ? Decision.None : Decision.Of(new PublicationSet(next.Published, next.PublicText, next.ShowNeeds, next.ShowMilestones));
    }
}
