using StartupTerritoire.Browser.Tests.Infrastructure;

namespace StartupTerritoire.Browser.Tests.Join;

public sealed class QrReaderTests
{
    [Fact]
    public void ModulesAreReadFromTheRunsOfThePath()
    {
        const string svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4" shape-rendering="crispEdges" width="512" height="512">
            <rect x="0" y="0" width="4" height="4" fill="#ffffff"/>
            <path fill="#000000" d="M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z"/>
            </svg>
            """;

        var modules = QrReader.Modules(svg);

        bool[,] expected =
        {
            { true, true, false, true },
            { false, false, false, false },
            { false, true, true, true },
            { false, false, false, false },
        };
        Assert.Equal(expected, modules);
    }

    [Fact]
    public void PathWithOtherCommandsIsRefusedRatherThanHalfRead()
    {
        const string svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><path d="M0 0h2v1h-2zM3 0L4 4z"/></svg>
            """;

        Assert.Throws<FormatException>(() => QrReader.Modules(svg));
    }
}
