namespace StartupTerritoire.WorkshopEngine.Access;

/// <summary>Who a caller is in a soirée. A project holder is a <see cref="Participant"/> named holder of a workshop.</summary>
public enum Role
{
    /// <summary>Runs the whole soirée.</summary>
    Animator,
    /// <summary>Runs one table's workshop.</summary>
    CoAnimator,
    /// <summary>Joined with a nickname; posts notes, votes, signs up.</summary>
    Participant,
    /// <summary>The projected screen: reads only.</summary>
    Board,
    /// <summary>The server itself (the round clock).</summary>
    System,
}
