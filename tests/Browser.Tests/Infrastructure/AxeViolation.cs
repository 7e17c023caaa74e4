namespace StartupTerritoire.Browser.Tests.Infrastructure;

/// <summary>One axe-core rule broken on a page, with the CSS selectors of the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"- {Id} ({Impact}): {Help}{Environment.NewLine}    {string.Join(Environment.NewLine + "    ", Targets)}";
}
