using StartupTerritoire.WorkshopEngine.Groups;

namespace StartupTerritoire.WorkshopEngine.Export;

/// <summary>
/// A working group's dossier as exported: its card, its canvas with the versions the co-animators set, its road to
/// launch, actions, meetings, members as the reader may see them, and the evening it came from. Version
/// <see cref="CurrentVersion"/> of the <see cref="FormatName"/> format; importing it makes a new group of everything
/// but the people.
/// </summary>
public sealed record GroupDossier
{
    /// <summary>The format version this engine writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format's name, so a reader can tell the file is a group's dossier.</summary>
    public const string FormatName = "startup-territoire/group-dossier";

    /// <summary>Always <see cref="FormatName"/>.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The format version of this dossier.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>When the dossier was made.</summary>
    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>The project card.</summary>
    public required DossierCard Group { get; init; }

    /// <summary>The evening the group came from, quoted; null for a group started from scratch.</summary>
    public required GroupOrigin? Origin { get; init; }

    /// <summary>The canvas as it stands, in block order.</summary>
    public required IReadOnlyList<DossierEntry> Canvas { get; init; }

    /// <summary>The versions of the canvas, oldest first.</summary>
    public required IReadOnlyList<DossierVersion> CanvasVersions { get; init; }

    /// <summary>The road to launch, by due date.</summary>
    public required IReadOnlyList<Milestone> Milestones { get; init; }

    /// <summary>The actions, open ones first.</summary>
    public required IReadOnlyList<DossierAction> Actions { get; init; }

    /// <summary>The meetings, by date.</summary>
    public required IReadOnlyList<DossierMeeting> Meetings { get; init; }

    /// <summary>The needs and offers, needs first (none in a dossier written before them).</summary>
    public IReadOnlyList<Exchange> Exchanges { get; init; } = [];

    /// <summary>The members and resource people still in the group; contacts only in a co-animator's dossier.</summary>
    public required IReadOnlyList<DossierMember> Members { get; init; }
}
