using StartupTerritoire.WorkshopEngine.Formats;

namespace StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

/// <summary>Plausible inputs for each format, from the Ardèche méridionale.</summary>
internal static class WorkshopInputs
{
    public static WorkshopInput Challenge { get; } =
        new(Challenge: new Challenge("Comment faire vivre nos villages l'hiver ?", "Tourisme durable"));

    public static WorkshopInput ProjectCard { get; } =
        new(ProjectCard: new ProjectCard("Léa", "Une conserverie solidaire pour les surplus des maraîchers.", "Un local, des bocaux, des bras."));

    public static WorkshopInput ExternalProject { get; } =
        new(ExternalProject: new ExternalProject("Ressourcerie du Diois", "Drôme", "Collecte, répare et revend des objets.", ["Un local visible", "Des bénévoles formés"]));

    public static WorkshopInput MeetingFocus { get; } =
        new(Challenge: new Challenge("Compléter le modèle économique de la conserverie", "Conserverie solidaire du Vivarais"));

    public static WorkshopInput For(WorkshopFormat format) => format switch
    {
        WorkshopFormat.Emergence => Challenge,
        _ when format.IsMeeting() => MeetingFocus,
        WorkshopFormat.Acceleration => ProjectCard,
        _ => ExternalProject,
    };
}
