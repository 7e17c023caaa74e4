using StartupTerritoire.Server.Exports;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>The report's counts agree in number with their words, by each language's rule.</summary>
public sealed class ExportTextTests
{
    [Theory]
    [InlineData(1, 1, 1, "1 participant, 1 idée, 1 atelier")]
    [InlineData(0, 2, 3, "0 participant, 2 idées, 3 ateliers")]
    [InlineData(300, 1500, 2, "300 participants, 1500 idées, 2 ateliers")]
    public void FrenchCountsTakeTheSingularUpToOne(int participants, int ideas, int workshops, string expected) =>
        Assert.Equal(expected, ExportText.French.Counts(participants, ideas, workshops));

    [Theory]
    [InlineData(1, 1, 1, "1 participant, 1 idea, 1 workshop")]
    [InlineData(0, 2, 3, "0 participants, 2 ideas, 3 workshops")]
    public void EnglishCountsTakeTheSingularForOneOnly(int participants, int ideas, int workshops, string expected) =>
        Assert.Equal(expected, ExportText.English.Counts(participants, ideas, workshops));
}
