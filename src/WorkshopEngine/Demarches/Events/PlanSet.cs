namespace StartupTerritoire.WorkshopEngine.Demarches.Events;

/// <summary>The evening's run-of-show as the coordinator picked it from the consultation (whole).</summary>
public sealed record PlanSet(EveningPlan Plan) : DemarcheEvent;
