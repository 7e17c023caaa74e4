namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>What a record covers: the whole soirée (<see cref="TableId"/> null) or one table's workshop.</summary>
/// <param name="Kind">"session" or "table".</param>
/// <param name="TableId">The table, for a co-animator's record.</param>
public sealed record RecordScope(string Kind, string? TableId)
{
    /// <summary>The whole soirée, as the animator sees it.</summary>
    public static RecordScope Session { get; } = new("session", null);

    /// <summary>One table's workshop, as its co-animator sees it.</summary>
    public static RecordScope Table(string tableId) => new("table", tableId);
}
