using MessagePack;

namespace StartupTerritoire.Server.Realtime;

/// <summary>A column or kind of notes: a stable key and a label.</summary>
[MessagePackObject]
public sealed class ColumnSpec
{
    [Key("key")] public string? Key { get; set; }
    [Key("label")] public string? Label { get; set; }
}
