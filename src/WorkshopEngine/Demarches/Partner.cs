using StartupTerritoire.WorkshopEngine.Pistes;

namespace StartupTerritoire.WorkshopEngine.Demarches;

/// <summary>A partner organisation: its univers, whether it is of the first circle or joined since, and a contact the coordinator keeps.</summary>
public sealed record Partner(string Id, string Name, string Univers, string Circle, ContactDetails? Contact);
