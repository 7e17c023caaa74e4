using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StartupTerritoire.Server.Tests.Infrastructure;

namespace StartupTerritoire.Server.Tests.Web;

/// <summary>
/// The built pages as the server sends them: each page names only bundles with a content hash, every bundle comes in
/// Brotli, gzip or as it is with the same bytes once decoded, bundles are kept for a year and pages revalidated.
/// </summary>
public sealed partial class WebFilesTests(WorkshopApplication app) : IClassFixture<WorkshopApplication>
{
    private const string Immutable = "public, max-age=31536000, immutable";

    public static TheoryData<string> Pages => ["/", "/j/ACDE-FGHJ", "/a/some-soiree", "/t/some-soiree", "/b/some-soiree"];

    public static TheoryData<string> Codings => ["br", "gzip"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageNamesOnlyHashedBundlesThatExist(string page)
    {
        using var client = RawClient();
        var assets = await AssetsOfAsync(client, page);

        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches(HashedAsset(), asset);
            using var response = await client.GetAsync(asset).DefaultTimeout();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task EveryBundleComesInBrotliGzipAndAsItIsWithTheSameBytes()
    {
        using var client = RawClient();
        var bundles = BuiltBundles();
        Assert.NotEmpty(bundles);
        foreach (var bundle in bundles)
        {
            var (identity, identityResponse) = await GetAsync(client, bundle, acceptEncoding: null);
            using (identityResponse)
            {
                Assert.Null(identityResponse.Content.Headers.ContentEncoding.SingleOrDefault());
                AssertCachedForAYear(identityResponse, bundle);
                Assert.Equal(identity.Length, identityResponse.Content.Headers.ContentLength);
                Assert.Equal(File.ReadAllBytes(Path.Combine(WebRoot, bundle.TrimStart('/'))), identity);
            }

            foreach (var coding in Codings)
            {
                var (encoded, response) = await GetAsync(client, bundle, coding);
                using (response)
                {
                    Assert.Equal(coding, Assert.Single(response.Content.Headers.ContentEncoding));
                    Assert.Equal(identityResponse.Content.Headers.ContentType, response.Content.Headers.ContentType);
                    Assert.Equal(encoded.Length, response.Content.Headers.ContentLength);
                    Assert.True(encoded.Length < identity.Length, $"{bundle} in {coding} is not smaller.");
                    AssertCachedForAYear(response, bundle);
                    Assert.Equal(identity, Decode(encoded, coding));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PagesComeCompressedAndAreRevalidatedSoThatARevisitCostsA304(string page)
    {
        using var client = RawClient();
        var (identity, plain) = await GetAsync(client, page, acceptEncoding: null);
        plain.Dispose();
        var (encoded, response) = await GetAsync(client, page, "gzip, deflate, br, zstd");
        using (response)
        {
            Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Equal(encoded.Length, response.Content.Headers.ContentLength);
            Assert.Equal(identity, Decode(encoded, "br"));
            Assert.True(response.Headers.CacheControl?.NoCache, "Pages must be revalidated.");
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.NotNull(response.Headers.ETag);
            Assert.NotNull(response.Content.Headers.LastModified);

            using var byTag = new HttpRequestMessage(HttpMethod.Get, page);
            byTag.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br, zstd");
            byTag.Headers.IfNoneMatch.Add(response.Headers.ETag!);
            using var notModifiedByTag = await client.SendAsync(byTag).DefaultTimeout();
            Assert.Equal(HttpStatusCode.NotModified, notModifiedByTag.StatusCode);
            Assert.Empty(await notModifiedByTag.Content.ReadAsByteArrayAsync().DefaultTimeout());

            using var byDate = new HttpRequestMessage(HttpMethod.Get, page);
            byDate.Headers.IfModifiedSince = response.Content.Headers.LastModified;
            using var notModifiedByDate = await client.SendAsync(byDate).DefaultTimeout();
            Assert.Equal(HttpStatusCode.NotModified, notModifiedByDate.StatusCode);
        }
    }

    [Fact]
    public async Task ABundleAskedAgainWithItsTagAnswers304()
    {
        using var client = RawClient();
        var bundle = BuiltBundles()[0];
        var (_, response) = await GetAsync(client, bundle, "br");
        using (response)
        {
            using var again = new HttpRequestMessage(HttpMethod.Get, bundle);
            again.Headers.AcceptEncoding.ParseAdd("br");
            again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
            using var notModified = await client.SendAsync(again).DefaultTimeout();
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("identity", null)]
    [InlineData("zstd, compress", null)]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("not a coding list;;;", null)]
    [InlineData("gzip", "gzip")]
    [InlineData("BR", "br")]
    [InlineData("gzip;q=1, br;q=0.5", "gzip")]
    [InlineData("br;q=0, *", "gzip")]
    [InlineData("*", "br")]
    public async Task TheCodingFollowsWhatTheBrowserAcceptsAndIsNoneForCodingsTheServerDoesNotHave(string? acceptEncoding, string? expected)
    {
        using var client = RawClient();
        var bundle = BuiltBundles()[0];
        var (identity, plain) = await GetAsync(client, bundle, acceptEncoding: null);
        plain.Dispose();

        var (body, response) = await GetAsync(client, bundle, acceptEncoding);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
            Assert.Equal(identity, expected is null ? body : Decode(body, expected));
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task CompressedCopiesAndMissingBundlesAreNotServedByName()
    {
        using var client = RawClient();
        var bundle = BuiltBundles()[0];
        foreach (var path in (string[])[bundle + ".br", bundle + ".gz", "/assets/missing-ABCDEFGH.js", "/assets/"])
        {
            using var response = await client.GetAsync(path).DefaultTimeout();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task ApiAnswersAreNeitherCompressedNorCachedLikeFiles()
    {
        using var client = RawClient();
        var (_, response) = await GetAsync(client, "/api/formats", "gzip, deflate, br");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.DoesNotContain("Accept-Encoding", response.Headers.Vary);
            Assert.Null(response.Headers.CacheControl);
        }
    }

    [Fact]
    public async Task TheJoinPageAsksTheBrowserToFetchItsCodeWhileItLoadsTheScripts()
    {
        using var client = RawClient();
        using var typed = await client.GetAsync("/j/acde-fghj").DefaultTimeout();
        Assert.Equal("</api/join/ACDEFGHJ>; rel=preload; as=fetch; crossorigin", Assert.Single(typed.Headers.GetValues("Link")));

        using var notACode = await client.GetAsync("/j/%3Cscript%3E").DefaultTimeout();
        Assert.Equal(HttpStatusCode.OK, notACode.StatusCode);
        Assert.False(notACode.Headers.Contains("Link"));
    }

    private static string WebRoot => Path.Combine(RepositoryPaths.HubProject, "wwwroot");

    /// <summary>Every script and style the web build wrote, as the server's paths.</summary>
    private static List<string> BuiltBundles() =>
        [.. Directory.GetFiles(Path.Combine(WebRoot, "assets"))
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal))
            .Select(f => "/assets/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    private static async Task<List<string>> AssetsOfAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page).DefaultTimeout();
        var document = await new HtmlParser().ParseDocumentAsync(html).DefaultTimeout();
        return [.. document.QuerySelectorAll("script[src], link[href]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
            .Where(url => !url.StartsWith("data:", StringComparison.Ordinal))];
    }

    private static async Task<(byte[] Body, HttpResponseMessage Response)> GetAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request).DefaultTimeout();
        return (await response.Content.ReadAsByteArrayAsync().DefaultTimeout(), response);
    }

    private static void AssertCachedForAYear(HttpResponseMessage response, string bundle)
    {
        Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(response.Headers.ETag is not null, $"{bundle} has no ETag.");
    }

    private static byte[] Decode(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    // The test host's client decodes nothing by itself, so the bodies are the bytes the server sent.
    private HttpClient RawClient() => new(app.Server.CreateHandler()) { BaseAddress = app.Server.BaseAddress };

    [GeneratedRegex(@"^/assets/[\w-]+-[A-Z0-9]{8}\.(js|css)$")]
    private static partial Regex HashedAsset();
}
