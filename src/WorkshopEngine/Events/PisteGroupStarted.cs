namespace StartupTerritoire.WorkshopEngine.Events;

/// <summary>A working group was born from a piste; the piste names it from then on.</summary>
public sealed record PisteGroupStarted(string PisteId, string GroupId) : SessionEvent;
