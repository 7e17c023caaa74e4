namespace StartupTerritoire.WorkshopEngine.Formats;

/// <summary>
/// The workshop formats: the three of a soirée créative, and the three a working group runs live in its meetings
/// with the same machinery (rounds, notes, clusters, dots, sign-ups, timers).
/// </summary>
public enum WorkshopFormat
{
    /// <summary>Unexpected solutions to a challenge that concerns everyone.</summary>
    Emergence,
    /// <summary>The room enriches a local holder's project.</summary>
    Acceleration,
    /// <summary>A project from another territory adapted to local realities.</summary>
    Essaimage,
    /// <summary>A group's meeting: timed writing into the canvas's blocks, clustering, then the co-animators keep what goes into its next version.</summary>
    AtelierCanvas,
    /// <summary>A group's meeting: action cards proposed, grouped, then members sign up as their owners.</summary>
    PlanAction,
    /// <summary>A group's meeting: the road to launch reviewed, what is blocked named, the decisions to take chosen.</summary>
    RevueEtape,
}
