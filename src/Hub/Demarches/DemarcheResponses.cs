namespace StartupTerritoire.Server.Demarches;

/// <summary>A created démarche. The coordinator's token is shown once: only its hash is kept.</summary>
public sealed record CreatedDemarche(string DemarcheId, string CoordinatorToken, string CoordinatorUrl, string ConsultationCode, string ConsultationUrl);

/// <summary>The démarche's page.</summary>
public sealed record DemarchePage(
    string Id,
    string Name,
    string Territory,
    string Language,
    long Version,
    DemarcheMe Me,
    IReadOnlyList<PhaseView> Phases,
    IReadOnlyList<PartnerView> Partners,
    IReadOnlyList<UniversView> Univers,
    IReadOnlyList<AnimatorView> Animators,
    ConsultationSummary Consultation,
    PlanView Plan,
    IReadOnlyList<SoireeView> Soirees,
    IReadOnlyList<DemarcheGroupView> Groups);

/// <summary>Who reads: "coordinateur", or "animateur" with their id.</summary>
public sealed record DemarcheMe(string Role, string? AnimatorId = null);

/// <summary>A phase and where it stands.</summary>
public sealed record PhaseView(int Number, string Key, string Status, IReadOnlyDictionary<string, int> Counts);

/// <summary>A partner; its contact only for the coordinator.</summary>
public sealed record PartnerView(string Id, string Name, string Univers, string Circle, WorkshopEngine.Pistes.ContactDetails? Contact);

/// <summary>How many partners an univers has (0: missing from the 360° view).</summary>
public sealed record UniversView(string Key, string Label, int Partners);

/// <summary>A named animator.</summary>
public sealed record AnimatorView(string Id, string Name, string Role);

/// <summary>The consultation in short.</summary>
public sealed record ConsultationSummary(string Id, string Code, string Url, bool Open, int Proposals, int Supports, int Comments);

/// <summary>The evening's plan.</summary>
public sealed record PlanView(string Title, DateOnly? Date, IReadOnlyList<PlanPickView> Picks);

/// <summary>A pick of the plan.</summary>
public sealed record PlanPickView(string ProposalId, string Kind, string Title, string Format);

/// <summary>A soirée of the démarche.</summary>
public sealed record SoireeView(string SessionId, string Title, DateTimeOffset CreatedAt, int Participants, int Pistes);

/// <summary>A working group of the démarche.</summary>
public sealed record DemarcheGroupView(string GroupId, string Name, string Stage, string? Theme);

/// <summary>A personal link.</summary>
public sealed record DemarcheLink(string Url);

/// <summary>A fresh link to a soirée's console.</summary>
public sealed record SoireeConsole(string SessionId, string ConsoleUrl);

/// <summary>A soirée created from the plan: the console's link and each porteur's personal link.</summary>
public sealed record CreatedSoiree(string SessionId, string AnimatorToken, string ConsoleUrl, IReadOnlyList<HolderLink> Holders);

/// <summary>A porteur's personal link to the soirée, already holder of their project's workshop.</summary>
public sealed record HolderLink(string ProposalId, string Nickname, string Url);

/// <summary>A practice soirée, discarded afterwards.</summary>
public sealed record CreatedPractice(string SessionId, string AnimatorToken, string ConsoleUrl, string PhoneUrl);

/// <summary>A proposal made from an imported fiche projet.</summary>
public sealed record ImportedProposal(string ProposalId);

/// <summary>The démarche's version once the write is stored.</summary>
public sealed record DemarcheVersioned(long Version);
