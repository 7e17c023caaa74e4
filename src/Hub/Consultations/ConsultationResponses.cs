using StartupTerritoire.Server.Demarches;
using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Consultations;

/// <summary>The consultation's public page.</summary>
public sealed record ConsultationPage(string DemarcheName, string Territory, bool Open, long Version, IReadOnlyList<ProposalView> Proposals, IReadOnlyList<ThemeView> Themes);

/// <summary>
/// A proposal as shown: <see cref="SupportedByMe"/> and <see cref="Mine"/> for a visitor's token, <see cref="Contact"/>
/// and <see cref="Hidden"/> proposals for the coordinator's only.
/// </summary>
public sealed record ProposalView(
    string Id, string Kind, string Title, string Text, string? Theme, string? Where, string? Link, string? Why, string? Holder,
    int Supports, bool? SupportedByMe, bool? Mine, IReadOnlyList<CommentView> Comments, OutcomeView Outcome, DateTimeOffset At, string Source,
    IReadOnlyList<string>? SuccessFactors, ContactDetails? Contact, bool Hidden);

/// <summary>A comment.</summary>
public sealed record CommentView(string Id, string? Nickname, string Text, DateTimeOffset At);

/// <summary>A theme suggested over the proposals' texts.</summary>
public sealed record ThemeView(string Label, IReadOnlyList<string> ProposalIds);

/// <summary>A visitor's device token; keep it to stay the same visitor (supports count once).</summary>
public sealed record VisitorToken(string Token);

/// <summary>The consultation's version once the write is stored.</summary>
public sealed record ConsultationVersioned(long Version);
