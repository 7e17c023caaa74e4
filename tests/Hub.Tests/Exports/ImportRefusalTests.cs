using StartupTerritoire.WorkshopEngine;
using StartupTerritoire.WorkshopEngine.Export;
using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>A record that does not describe a valid soirée is refused with a typed error before anything is stored.</summary>
public sealed class ImportRefusalTests
{
    private static readonly string s_code = JoinCode.FromRandom([9, 8, 7, 6, 5, 4, 3, 2]);

    public static TheoryData<string> Breakages => new()
    {
        "schema version", "unknown format", "note author", "note cluster", "vote target", "rating range", "duplicate note",
        "note text", "history start", "round status", "table workshop", "piste cluster",
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void BrokenRecordIsRefusedAsInvalidInput(string breakage)
    {
        var record = ExportFormatsTests.WholeRecord();
        var w = record.Workshops[0];
        var broken = breakage switch
        {
            "schema version" => record with { SchemaVersion = 2 },
            "unknown format" => With(record, w with { Format = "hackathon" }),
            "note author" => With(record, w with { Notes = [w.Notes[0] with { AuthorId = "nobody" }, .. w.Notes.Skip(1)] }),
            "note cluster" => With(record, w with { Notes = [w.Notes[0] with { ClusterId = "c-nowhere" }, .. w.Notes.Skip(1)] }),
            "vote target" => With(record, w with { Votes = [w.Votes[0] with { TargetId = "ghost" }] }),
            "rating range" => With(record, w with { Ratings = [new RatingRecord("p-alice", 7)] }),
            "duplicate note" => With(record, w with { Notes = [.. w.Notes, w.Notes[0]] }),
            "note text" => With(record, w with { Notes = [w.Notes[0] with { History = [w.Notes[0].History[0] with { Text = "   " }] }, .. w.Notes.Skip(1)] }),
            "history start" => With(record, w with { Notes = [w.Notes[0] with { History = [.. w.Notes[0].History.Skip(1)] }, .. w.Notes.Skip(1)] }),
            "round status" => With(record, w with { Rounds = [w.Rounds[0] with { Status = "forgotten" }, .. w.Rounds.Skip(1)] }),
            "table workshop" => record with { Tables = [record.Tables[0] with { WorkshopId = "w-elsewhere" }] },
            "piste cluster" => With(record, w with { Pistes = [w.Pistes[0] with { ClusterId = "c-elsewhere" }] }),
            _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
        };

        var refused = Assert.ThrowsAny<WorkshopException>(() => SessionRestorer.Restore(broken, "restored", s_code, "animateur"));
        Assert.True(refused.Code is ErrorCodes.InvalidArgument or ErrorCodes.NoteEmpty, $"{breakage}: {refused.Code}");
    }

    private static SessionExport With(SessionExport record, WorkshopRecord first) => record with { Workshops = [first, .. record.Workshops.Skip(1)] };
}
