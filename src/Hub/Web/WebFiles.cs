using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace StartupTerritoire.Server.Web;

/// <summary>
/// Sends the files of the built web root: the pages (always revalidated, a revisit costs a 304) and the bundles
/// under /assets, whose names carry a hash of their content so browsers keep them for a year without asking.
/// </summary>
/// <remarks>
/// Compressed at build time, not per request: the web build writes a Brotli (quality 11) and a gzip (level 9) copy of
/// every text file and this class only picks one. Measured with bench/WeightBench on the phone's first visit up to the
/// live view (160 KB in six files): the framework's response compression at its default level (Fastest) would spend
/// 3–7 ms of CPU per phone in Brotli, 0.9–2.2 s for a join storm of 300 phones on the two cores that also run the
/// hub, and would send 54 KB (gzip: 66 KB, over the phone's 60 KB budget) where the build's copies weigh 41 KB
/// (Brotli) and 46 KB (gzip) and cost nothing but the sending; quality 11 itself takes about 170 ms per phone.
/// </remarks>
internal sealed class WebFiles(IWebHostEnvironment environment)
{
    public const string AssetsPath = "/assets";
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";
    private static readonly FileExtensionContentTypeProvider s_types = ContentTypes();
    private readonly IFileProvider _root = environment.WebRootFileProvider;

    /// <summary>A page of the web root, e.g. "phone.html"; 503 while the pages are not built.</summary>
    public IResult Page(HttpContext context, string file) =>
        Send(context, file, Revalidate) ?? Results.Problem(
            "The web pages are not built: run 'npm ci && npm run build' in web/ (dotnet build does it when Node.js is installed).",
            statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>A bundle under /assets by its path after /assets; 404 when there is none.</summary>
    public IResult Asset(HttpContext context, PathString rest) =>
        rest.HasValue && !ContentCoding.IsCopy(rest.Value)
            ? Send(context, AssetsPath + rest.Value, Immutable) ?? Results.NotFound()
            : Results.NotFound();

    private IResult? Send(HttpContext context, string path, string cacheControl)
    {
        var file = _root.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null || !s_types.TryGetContentType(path, out var contentType))
        {
            return null;
        }

        var headers = context.Response.Headers;
        headers.CacheControl = cacheControl;
        if (ContentCoding.Precompressed.Any(p => _root.GetFileInfo(path + p.Suffix).Exists))
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }

        var chosen = ContentCoding.Choose(context.Request.GetTypedHeaders().AcceptEncoding, suffix => _root.GetFileInfo(path + suffix).Exists);
        if (chosen is var (coding, suffix))
        {
            file = _root.GetFileInfo(path + suffix);
            headers.ContentEncoding = coding;
        }

        // Each coding of a file is its own representation, so it has its own tag. Whole seconds, as HTTP dates are.
        var modified = DateTimeOffset.FromUnixTimeSeconds(file.LastModified.ToUnixTimeSeconds());
        var tag = new EntityTagHeaderValue($"\"{modified.ToUnixTimeSeconds():x}-{file.Length:x}{(chosen is null ? "" : "-" + chosen.Value.Coding)}\"");
        return TypedResults.PhysicalFile(file.PhysicalPath!, contentType, lastModified: modified, entityTag: tag);
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".html"] = "text/html; charset=utf-8";
        // Source maps stay reachable for DevTools, the only one to follow the comment that names them.
        types.Mappings[".map"] = "application/json";
        return types;
    }
}
