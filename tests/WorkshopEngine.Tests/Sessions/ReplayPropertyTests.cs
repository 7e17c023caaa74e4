using System.Globalization;
using StartupTerritoire.WorkshopEngine.Access;
using StartupTerritoire.WorkshopEngine.Formats;
using StartupTerritoire.WorkshopEngine.Sessions;
using StartupTerritoire.WorkshopEngine.Tests.Infrastructure;

namespace StartupTerritoire.WorkshopEngine.Tests.Sessions;

/// <summary>
/// Random command sequences over many seeds: refused commands change nothing, deciding without storing changes
/// nothing, and the state rebuilt from all events, or from a JSON-copied snapshot plus the later events, is the
/// very state the live session holds.
/// </summary>
public sealed class ReplayPropertyTests
{
    private const int Runs = 200;
    private const int Steps = 250;

    public static IEnumerable<int> Seeds() =>
        int.TryParse(Environment.GetEnvironmentVariable("ENGINE_TEST_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? [seed]
            : Enumerable.Range(1, Runs);

    [Fact]
    public void RandomCommandSequencesReplayToTheSameStateFromEventsOrFromASnapshot()
    {
        var stored = 0;
        var refused = 0;
        foreach (var seed in Seeds())
        {
            var (s, r) = RunOne(seed);
            stored += s;
            refused += r;
        }

        // The generator must exercise both sides, or the property says little.
        Assert.True(stored > Runs * 10 && refused > Runs * 10, $"stored {stored}, refused {refused}");
    }

    private static (int Stored, int Refused) RunOne(int seed)
    {
        var random = new Random(seed);
        var d = SessionDriver.Created(anonymous: random.Next(2) == 0, seed: seed);
        foreach (var format in new[] { WorkshopFormat.Emergence, WorkshopFormat.Acceleration, WorkshopFormat.Essaimage })
        {
            d.AddWorkshop("w" + (int)format, format);
        }

        // Most runs are live soirées with people in them; a few stay in draft to exercise its refusals.
        if (random.Next(10) > 0)
        {
            d.Execute((s, _) => s.Open(SessionDriver.Animator));
            d.Join("p0");
            d.Join("p1");
            d.Join("p2");
        }

        var commands = new RandomCommands(random);
        var log = new List<string>();
        var captureAt = random.Next(Steps + 1);
        SessionSnapshot? captured = null;
        var (stored, refused) = (0, 0);
        for (var step = 0; step < Steps; step++)
        {
            if (step == captureAt)
            {
                captured = SnapshotJson.RoundTrip(d.Session.ToSnapshot());
            }

            d.Advance(TimeSpan.FromMilliseconds(random.Next(8) == 0 ? random.Next(0, 600_000) : random.Next(0, 2_000)));
            var (name, command) = commands.Next(d.Session);
            log.Add(name);
            var before = SnapshotJson.Serialize(d.Session.ToSnapshot());
            var version = d.Session.Version;
            string Where() => $"seed {seed}, step {step} '{name}'. {d.Replay} Last commands: {string.Join(" | ", log.TakeLast(12))}";
            try
            {
                if (random.Next(10) == 0)
                {
                    // Decided, then refused by the store (a lost race): deciding alone must change nothing.
                    command(d.Session, d.Now);
                    Assert.True(before == SnapshotJson.Serialize(d.Session.ToSnapshot()), $"Deciding changed the state: {Where()}");
                }
                else
                {
                    stored += d.Execute(command).Events.Count;
                }
            }
            catch (WorkshopException)
            {
                refused++;
                Assert.True(version == d.Session.Version, $"A refused command moved the version: {Where()}");
                Assert.True(before == SnapshotJson.Serialize(d.Session.ToSnapshot()), $"A refused command changed the state: {Where()}");
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{ex.GetType().Name} instead of a WorkshopException ({ex.Message}): {Where()}");
            }
        }

        captured ??= SnapshotJson.RoundTrip(d.Session.ToSnapshot());
        var live = SnapshotJson.Serialize(d.Session.ToSnapshot());
        var fromEvents = Session.FromEvents(d.Events);
        Assert.True(live == SnapshotJson.Serialize(fromEvents.ToSnapshot()), $"Folding all events differs from the live state: seed {seed}. {d.Replay}");

        var fromSnapshot = Session.FromSnapshot(captured);
        foreach (var e in d.Events.Where(e => e.Seq > captured.Version))
        {
            fromSnapshot.Apply(e);
        }

        Assert.True(live == SnapshotJson.Serialize(fromSnapshot.ToSnapshot()),
            $"Snapshot at version {captured.Version} plus later events differs from the live state: seed {seed}. {d.Replay}");
        Assert.True(SnapshotJson.Serialize(d.Session.ViewFor(Viewer.Public)) == SnapshotJson.Serialize(fromSnapshot.ViewFor(Viewer.Public)),
            $"The public views differ: seed {seed}. {d.Replay}");
        return (stored, refused);
    }
}
