namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A need or an offer was stated or changed (whole, as it now stands).</summary>
public sealed record ExchangeSet(string ExchangeId, ExchangeKind Kind, string Category, string Text) : GroupEvent;
