using System.Net;
using System.Net.Http.Json;
using System.Text;
using StartupTerritoire.Server.Api;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Exports;

/// <summary>
/// The import takes a file of up to 32 MiB on the real server (Kestrel), whose own default body limit is lower:
/// a file under the limit is read and judged on its content, one over it is refused as input.invalid, never with a
/// bare 413.
/// </summary>
public sealed class ImportSizeTests : IAsyncLifetime
{
    private readonly string _folder = HubProcess.NewDataFolder();
    private HubProcess _node = null!;

    public async Task InitializeAsync() => _node = await HubProcess.StartSqliteAsync(_folder);

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AFileIsJudgedOnItsContentUpTo32MiBAndRefusedAsTooLargeBeyond()
    {
        // Over Kestrel's own default limit, with its length given: read, and refused for what it holds.
        await AssertRefusedAsync(31, withLength: true, "not a record");

        // Over the import's limit, its length not given: found too large while reading.
        await AssertRefusedAsync(33, withLength: false, "too large");
    }

    private async Task AssertRefusedAsync(int mebibytes, bool withLength, string reason)
    {
        using var http = _node.CreateClient();
        var padding = new string('x', (mebibytes * 1024 * 1024) - 20);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{"padding":"{{padding}}"}"""));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions/import") { Content = content };
        request.Headers.TransferEncodingChunked = !withLength;

        using var response = await http.SendAsync(request).DefaultTimeout(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<ApiError>().DefaultTimeout())!;
        Assert.Equal("input.invalid", error.Code);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
