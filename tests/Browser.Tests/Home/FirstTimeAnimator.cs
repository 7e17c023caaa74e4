using Microsoft.Playwright;

namespace StartupTerritoire.Browser.Tests.Home;

/// <summary>
/// Drives the home page the way a person does, with the mouse and the keyboard, and counts what it cost: every click
/// (in a field too) and every field typed into.
/// </summary>
internal sealed class FirstTimeAnimator(IPage page)
{
    public int Clicks { get; private set; }

    public int FieldsTyped { get; private set; }

    public async Task ClickAsync(ILocator target)
    {
        await target.ClickAsync().DefaultTimeout();
        Clicks++;
    }

    /// <summary>Clicks into an empty field and types, key by key.</summary>
    public async Task TypeAsync(ILocator field, string text)
    {
        Assert.Equal(string.Empty, await field.InputValueAsync().DefaultTimeout());
        await ClickAsync(field);
        await page.Keyboard.TypeAsync(text).DefaultTimeout();
        FieldsTyped++;
    }
}
