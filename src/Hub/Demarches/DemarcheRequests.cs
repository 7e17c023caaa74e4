using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.Server.Demarches;

/// <summary>A new démarche.</summary>
public sealed record NewDemarcheRequest(string? Name, string? Territory = null, string? Language = null);

/// <summary>A partner organisation: its univers key and circle ("premier" or "rejoint").</summary>
public sealed record PartnerRequest(string? Name, string? Univers, string? Circle, ContactDetails? Contact = null);

/// <summary>An animator of the evening: "animateur" or "coAnimateur".</summary>
public sealed record AnimatorRequest(string? Name, string? Role);

/// <summary>The evening's plan: the proposals picked, in run-of-show order.</summary>
public sealed record PlanRequest(string? Title, DateOnly? Date, IReadOnlyList<string>? Picks);

/// <summary>A group started from scratch, by its join code.</summary>
public sealed record LinkGroupRequest(string? Code);
