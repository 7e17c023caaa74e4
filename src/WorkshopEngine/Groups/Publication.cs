namespace StartupTerritoire.WorkshopEngine.Groups;

/// <summary>
/// What a group chooses to publish on the démarche's public page and in its public fiche projet: nothing until it
/// opts in; then its name, promise, theme and stage, a public text, and its needs and offers and milestones only if
/// it says so. Never a member or a contact.
/// </summary>
public sealed record Publication(bool Published, string? PublicText, bool ShowNeeds, bool ShowMilestones)
{
    /// <summary>The longest public text.</summary>
    public const int MaxPublicTextLength = 1000;

    /// <summary>Not published: every group starts so.</summary>
    public static Publication None { get; } = new(false, null, false, false);
}
