namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A need or an offer was taken off.</summary>
public sealed record ExchangeRemoved(string ExchangeId) : GroupEvent;
