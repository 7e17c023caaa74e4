namespace StartupTerritoire.WorkshopEngine.Groups.Events;

/// <summary>A co-animator seat (1 or 2) passed to a new principal; the seat's earlier link stops working.</summary>
public sealed record SeatHandedOver(int Seat, string PrincipalId) : GroupEvent;
