using StartupTerritoire.WorkshopEngine.Sessions;

namespace StartupTerritoire.WorkshopEngine.Tests.Sessions;

public sealed class JoinCodeTests
{
    [Theory]
    [InlineData("acde-fghj", "ACDEFGHJ")]
    [InlineData("ACDEFGHJ", "ACDEFGHJ")]
    [InlineData(" acde fghj ", "ACDEFGHJ")]
    [InlineData("acde\u00A0fghj", "ACDEFGHJ")]
    [InlineData("3467-kmnp", "3467KMNP")]
    public void TypedCodesAreNormalised(string typed, string canonical)
    {
        Assert.Equal(canonical, JoinCode.Normalize(typed));
    }

    [Theory]
    [InlineData("abcd-efgh")]
    [InlineData("0CDE-FGHJ")]
    [InlineData("OCDE-FGHJ")]
    [InlineData("1CDE-FGHJ")]
    [InlineData("ICDE-FGHJ")]
    [InlineData("LCDE-FGHJ")]
    [InlineData("SCDE-FGHJ")]
    [InlineData("ZCDE-FGHJ")]
    [InlineData("ACDE-FGH")]
    [InlineData("ACDE-FGHJK")]
    [InlineData("ACDÉ-FGHJ")]
    [InlineData("")]
    [InlineData(null)]
    public void AmbiguousOrMisshapenCodesAreRejected(string? typed)
    {
        Assert.Null(JoinCode.Normalize(typed));
    }

    [Fact]
    public void CodesAreDisplayedInTwoHalves()
    {
        Assert.Equal("ACDE-FGHJ", JoinCode.Display("ACDEFGHJ"));
    }

    [Fact]
    public void CodesMadeFromRandomBytesUseOnlyTheAlphabetAndNormaliseToThemselves()
    {
        var random = new Random(20_240_611);
        var bytes = new byte[JoinCode.Length];
        for (var i = 0; i < 500; i++)
        {
            random.NextBytes(bytes);
            var code = JoinCode.FromRandom(bytes);

            Assert.Equal(code, JoinCode.Normalize(JoinCode.Display(code).ToLowerInvariant()));
        }

        Assert.Throws<ArgumentException>(() => JoinCode.FromRandom(new byte[JoinCode.Length - 1]));
    }
}
